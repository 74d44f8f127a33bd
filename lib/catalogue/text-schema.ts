import * as z from 'zod/mini';
import type { AttributeDatatype } from '@/db/schema/types';

/**
 * The console's catalogue text form for one service in one language. Its fields follow the
 * service's questions, so the schema is built per service: `question.<CODE>`, `hint.<CODE>`
 * and `option.<CODE>.<key>` beside name, description, what happens next and keywords. The same
 * shape drives the form (lib/catalogue/queries.ts) and the command that saves it.
 */
export type QuestionShape = {
  code: string;
  datatype: AttributeDatatype;
  optionKeys: string[];
  hasHint: boolean;
};

const required = (max: number) =>
  z
    .string()
    .check(z.trim(), z.minLength(1, 'catalogue.required'), z.maxLength(max, 'catalogue.tooLong'));
const optional = (max: number) => z.string().check(z.trim(), z.maxLength(max, 'catalogue.tooLong'));

export const fieldName = {
  question: (code: string) => `question.${code}`,
  hint: (code: string) => `hint.${code}`,
  option: (code: string, key: string) => `option.${code}.${key}`,
};

export function serviceTextSchema(questions: QuestionShape[]) {
  const shape: Record<string, z.ZodMiniType<string>> = {
    name: required(120),
    description: required(600),
    expect: required(1200),
    // One per line or separated by commas (Chinese and Arabic commas too): what residents type.
    keywords: optional(2000),
  };
  for (const q of questions) {
    shape[fieldName.question(q.code)] = required(300);
    if (q.hasHint) shape[fieldName.hint(q.code)] = optional(600);
    for (const key of q.optionKeys) shape[fieldName.option(q.code, key)] = required(200);
  }
  return z.object(shape);
}

/** The form's order: the order errors are listed in the summary. */
export function fieldOrder(questions: QuestionShape[]): string[] {
  return [
    'name',
    'description',
    'expect',
    'keywords',
    ...questions.flatMap((q) => [
      fieldName.question(q.code),
      ...(q.hasHint ? [fieldName.hint(q.code)] : []),
      ...q.optionKeys.map((k) => fieldName.option(q.code, k)),
    ]),
  ];
}

export function splitKeywords(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\n,，、،;]+/)
        .map((w) => w.trim())
        .filter(Boolean),
    ),
  ];
}
