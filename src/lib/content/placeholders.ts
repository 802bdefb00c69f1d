/**
 * The placeholder text `npm run new` writes. While the body's line is still there the
 * check warns “正文仍是模板文字”, so an editor who forgot to write the body is told.
 * A leaf module: kinds' scaffolds import it without pulling in the rules.
 */
export const BODY_PLACEHOLDER = '【请在这里填写正文，写好后删除本行】';
/** Placeholders of a new 简明问答's first question and answer. */
export const QA_QUESTION_PLACEHOLDER = '【请填写问题】';
export const QA_ANSWER_PLACEHOLDER = '【请填写回答】';
