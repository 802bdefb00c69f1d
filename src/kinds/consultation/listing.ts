/**
 * How the column 意见征集 (consultations and their feedback, content/columns.yaml) lists
 * its items: consultations first, under 征求意见, then the feedback, under 意见采纳情况.
 *
 * Consultations are ordered by closing date, latest first. That puts the open ones first
 * on any as-of date without knowing it (an open consultation closes on or after the as-of
 * date, a closed one before it), then the closed ones newest first. Feedback is newest
 * first. The consultation and feedback kinds share this one object, which is what lets
 * a column holding both follow it (src/kinds/index.ts `listingOf`).
 */
import type { Listing } from '../define.ts';

interface Listed {
  title: string;
  published: string;
  closes?: string | undefined;
}

export const CONSULTATION_GROUP = '征求意见';
export const FEEDBACK_GROUP = '意见采纳情况';

const isConsultation = (d: Listed) => typeof d.closes === 'string';
const desc = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);

export const consultationListing: Listing<Listed> = {
  group: (d) => (isConsultation(d) ? CONSULTATION_GROUP : FEEDBACK_GROUP),
  compare: (a, b) => {
    if (isConsultation(a) !== isConsultation(b)) return isConsultation(a) ? -1 : 1;
    return desc(a.closes ?? a.published, b.closes ?? b.published) || desc(a.published, b.published) || a.title.localeCompare(b.title, 'zh');
  },
};
