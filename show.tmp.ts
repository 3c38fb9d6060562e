import { instantiate } from './shared/src/content/generators/framework.ts';
const mod = await import(process.argv[2]!);
const list = Object.values(mod).find((x) => Array.isArray(x) && (x as any)[0]?.build) as any[];
const only = process.argv[3];
for (const g of list) { if (only && !g.id.includes(only)) continue; for (const s of [4, 7]) { const q = instantiate(g, s).question; console.log(`## ${g.id} #${s} [${q.type}] ${q.text}\n  ${(q.options ?? []).map((o: any) => o.key + ') ' + o.text).join(' | ')}  => ${q.answer}\n  HI: ${q.hi?.text.slice(0, 160)}\n`); } }
