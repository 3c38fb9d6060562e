/** English strings of the `coachx` namespace (merged into en.ts). Owned by the coachx screens. */
export const coachxEn = {
  placeholder: 'placeholder',
};
