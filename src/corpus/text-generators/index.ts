/**
 * The item types of a generated corpus: which column and kind each files under, how
 * many of them a corpus of n items has, when in the year they appear, and how their
 * title and body are written — one file per kind in this folder.
 */
import {
  newsType,
  penaltyType,
  permitType,
  eiaType,
  noticeType,
  airQualityType,
  waterQualityType,
  drinkingWaterType,
  bulletinType,
  airArticleType,
  waterArticleType,
  soilType,
  keyUnitsType,
  duchaoType,
  proposalType,
  budgetType,
  finalType,
  guideType,
  institutionType,
  onRequestType,
  rulesArticleType,
  censusType,
} from './article.ts';
import { noticePolicyType, rulesPolicyType, normativeType, policyType } from './policy.ts';
import { workPlanType, planType, specialPlanType, airPlanType, waterPlanType } from './plan.ts';
import { interpretationType } from './interpretation.ts';
import { reportType } from './report.ts';
import { releaseType } from './release.ts';
import type { TypeSpec } from './common.ts';

export type { TypeSpec, WriteContext, Written } from './common.ts';

/** Every item type, in the order their items are listed when published the same day. */
export const TYPES: TypeSpec[] = [
  newsType,
  penaltyType,
  permitType,
  eiaType,
  noticeType,
  noticePolicyType,
  airQualityType,
  waterQualityType,
  drinkingWaterType,
  bulletinType,
  airArticleType,
  waterArticleType,
  soilType,
  keyUnitsType,
  duchaoType,
  proposalType,
  budgetType,
  finalType,
  guideType,
  institutionType,
  onRequestType,
  rulesArticleType,
  rulesPolicyType,
  censusType,
  normativeType,
  policyType,
  workPlanType,
  planType,
  specialPlanType,
  airPlanType,
  waterPlanType,
  interpretationType,
  releaseType,
  reportType,
];

export const TYPE_BY_KEY = new Map(TYPES.map((t) => [t.key, t]));
