import { Button as SgdsButton, type ButtonProps } from '@govtechsg/sgds-react/Button';

/**
 * SGDS Button with its defaults applied explicitly: React 19 ignores `defaultProps` on function
 * components, which left SGDS buttons without `btn-primary`. The type defaults to "submit"
 * only where a form needs it: callers always say which.
 */
export function Button({
  variant = 'primary',
  ...props
}: ButtonProps & { type: 'submit' | 'button'; name?: string; value?: string }) {
  return <SgdsButton variant={variant} active={false} {...props} />;
}
