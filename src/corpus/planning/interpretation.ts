/** Planning of interpretations (政策解读): which documents get one, when, in which form. */
import { interpretationType } from '../text-generators/interpretation.ts';
import { addDays, type PlanContext } from './context.ts';

/** Interpretations: every document that needs one gets one (三同步), some get two. */
export function planInterpretations(c: PlanContext): void {
  const { items, asOf, newItem } = c;
  const plan = c.rng;
  const needing = items.filter((i) => i.type === 'normative' || i.needsInterpretation);
  for (const target of needing) {
    const k = plan.chance(0.15) ? 2 : 1;
    for (let j = 0; j < k; j++) {
      let d = addDays(target.published, plan.int(0, 2));
      if (d > asOf) d = target.published;
      const form = j === 0 ? ['文字解读', '简明问答', '一图读懂'][plan.weighted([7, 2, 1])]! : plan.pick(['简明问答', '一图读懂']);
      const interp = newItem(interpretationType, d, { form });
      interp.interprets = target;
      interp.topic = target.topic;
      interp.ext = plan.chance(0.1) ? '.mdx' : '.md';
      target.interpretations.push(interp);
      if (target.validity === '废止' && target.validityChanged) {
        interp.validity = '失效';
        interp.validityChanged = target.validityChanged < d ? d : target.validityChanged;
      }
    }
  }
}
