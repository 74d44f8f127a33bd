import * as z from 'zod/mini';
import { maxLength, textField } from '@/lib/requests/schema';

/**
 * The satisfaction survey (sent after a request is closed): one score, an optional comment, and
 * the token that reached the resident. Messages are keys in the Feedback namespace.
 */
export const COMMENT_MAX = 2000;
// The same rule as the request description: text only, nothing a browser could take for markup.
const MARKUP = /<\s*[a-z!/?]/i;
export const SCORES = ['5', '4', '3', '2', '1'] as const;

export const satisfactionSchema = z.object({
  score: z.pipe(
    textField('errors.scoreRequired', (v) =>
      (SCORES as readonly string[]).includes(v) ? null : 'errors.scoreRequired',
    ),
    z.transform(Number),
  ),
  comment: textField(
    null,
    (v) =>
      maxLength(COMMENT_MAX, 'errors.commentTooLong')(v) ??
      (MARKUP.test(v) ? 'errors.commentMarkup' : null),
  ),
  token: z.string().check(z.minLength(1), z.maxLength(200)),
});

export type SatisfactionInput = z.infer<typeof satisfactionSchema>;
