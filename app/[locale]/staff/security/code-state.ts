/** What a code form shows after a submission (client-safe: no server imports). */
export type CodeState = {
  errors: Record<string, string>;
  seq: number;
  /** New recovery codes, shown once in this response. */
  recoveryCodes: string[] | null;
};

/** The typed code, bounded: nothing longer is a code, and nothing of it is shown back. */
export function typedCode(data: FormData): string {
  const v = data.get('code');
  return typeof v === 'string' ? v.slice(0, 100) : '';
}
