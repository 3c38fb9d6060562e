/**
 * The versioned content files, imported as JSON modules so `shared/` stays free of I/O.
 * Nothing is parsed at import time: bundlers drop whatever a caller does not use.
 */
import concepts from '../../../content/concepts.json' with { type: 'json' };
import jeebench from '../../../content/jeebench/dataset.json' with { type: 'json' };
import mapping from '../../../content/jeebench-mapping.json' with { type: 'json' };
import prerequisites from '../../../content/prerequisites.json' with { type: 'json' };
import units from '../../../content/units.json' with { type: 'json' };

export const RAW_CONTENT = { units, concepts, prerequisites, jeebench, mapping } as const;
