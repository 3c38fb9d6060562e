/** English strings of the `profiles` namespace (merged into en.ts). Owned by the profiles screens. */
export const profilesEn = {
  placeholder: 'placeholder',
};
