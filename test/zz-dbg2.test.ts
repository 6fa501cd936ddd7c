import { it } from 'vitest';
import { loadKnowledge } from '../src/extract/knowledge/index.js';
import { fold } from '../src/text/fold.js';
it('d', () => { const k = loadKnowledge(); const lex = k.lexicons.get('ko')!;
 const t = fold('응우옌 반 하이 부위원장은 회의를 마무리하며 2024년에 박닌시와 르엉따이현의 방어구역 훈련을 잘 준비하고, 산업단지의 치안을 확보하며, 하이테크 범죄 예방을 강화하고, 외국인 근로자 관리를 철저히 할 것을 요청했다.');
 for (const n of ['shortcomings','tasks','neutral','introducers'] as const) { const re = (lex as any)[n] as RegExp; re.lastIndex = 0; console.log(n, [...t.matchAll(new RegExp(re.source, 'gu'))].map(m => [m[0], m.index])); } });
