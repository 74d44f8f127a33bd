import { z } from 'zod';

/** The one-question "how easy was this?" rating (and, later, the satisfaction survey score). */
export const ratingSchema = z.object({
  score: z.preprocess(
    (v) => (v === '' || v == null ? undefined : v),
    z.coerce
      .number('rating.required')
      .int('rating.required')
      .min(1, 'rating.required')
      .max(5, 'rating.required'),
  ),
  token: z.string().min(1).max(200),
});
