import type { ButtonHTMLAttributes } from 'react';

/**
 * A button with SGDS's look: SGDS's own classes (`btn btn-<variant>`, and `sgds`, which
 * SGDS React's Button adds) on a plain <button>. Not SGDS React's Button: that one ships its
 * module to the browser in every client component that uses it (first-load budget,
 * scripts/check-budgets.mjs), and React 19 ignores its `defaultProps` anyway. The type
 * defaults to nothing: callers always say which.
 */
export function Button({
  variant = 'primary',
  className,
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & {
  type: 'submit' | 'button';
  variant?: string;
  name?: string;
  value?: string;
}) {
  return (
    <button
      {...props}
      className={[className, 'btn', `btn-${variant}`, 'sgds'].filter(Boolean).join(' ')}
    />
  );
}
