import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  BaseJwtPayload,
  DEFAULT_HYDRATION_STATE,
  DEFAULT_TAG,
  RequestParameters,
  SqlSyncRules,
  type HydratedSyncConfig,
  type SourceTableRef,
} from '@powersync/service-sync-rules';

export const SYNC_RULES_PATH = fileURLToPath(new URL('../../../sync-rules/sync-rules.yaml', import.meta.url));

export interface LoadedRules {
  rules: HydratedSyncConfig;
  table(name: string): SourceTableRef;
}

const tableRefs = new Map<string, SourceTableRef>();

/** A source-table reference in the shape the evaluator expects (schema `public`). */
export function sourceTable(name: string): SourceTableRef {
  let ref = tableRefs.get(name);
  if (!ref) {
    ref = { connectionTag: DEFAULT_TAG, schema: 'public', name };
    tableRefs.set(name, ref);
  }
  return ref;
}

/** Parses and hydrates the sync rules; any error in the YAML stops the server at boot. */
export function loadRules(yaml: string = readFileSync(SYNC_RULES_PATH, 'utf8')): LoadedRules {
  const { config, errors } = SqlSyncRules.fromYaml(yaml, { defaultSchema: 'public', throwOnError: false });
  const fatal = errors.filter((e) => e.type !== 'warning');
  if (fatal.length > 0) throw new Error(`sync rules invalid: ${fatal.map((e) => e.message).join('; ')}`);
  const rules = config.hydrate({ hydrationState: DEFAULT_HYDRATION_STATE } as Parameters<typeof config.hydrate>[0]);
  return { rules, table: sourceTable };
}

/** The definition name of a bucket id such as `user_data["u1"]`. */
export function bucketDefinition(bucket: string): string {
  const i = bucket.indexOf('[');
  return i < 0 ? bucket : bucket.slice(0, i);
}

/** Request parameters for a caller: the JWT payload and the client's connect() params. */
export function requestParameters(jwt: { sub: string; role: string }, clientParams: Record<string, unknown>): RequestParameters {
  return new RequestParameters(new BaseJwtPayload({ sub: jwt.sub, role: jwt.role }), clientParams);
}
