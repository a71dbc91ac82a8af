// Why: the NL Design System button with our three appearances. A button that is busy says
// so to screen readers instead of silently ignoring taps.
import type { ButtonHTMLAttributes, ComponentChildren } from 'preact';

export type Appearance = 'primary' | 'secondary' | 'subtle';

type Props = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type'> & {
  appearance?: Appearance;
  danger?: boolean;
  busy?: boolean;
  type?: 'button' | 'submit';
  children: ComponentChildren;
};

const APPEARANCE: Record<Appearance, string> = {
  primary: 'utrecht-button--primary-action',
  secondary: 'utrecht-button--secondary-action',
  subtle: 'utrecht-button--subtle',
};

export function Button({ appearance = 'secondary', danger = false, busy = false, type = 'button', class: cls, children, ...rest }: Props) {
  // A toggle button shows its state: NLDS styles it through the --pressed class.
  const pressed = rest['aria-pressed'] === true || rest['aria-pressed'] === 'true';
  const classes = ['utrecht-button', APPEARANCE[appearance], danger ? 'utrecht-button--danger' : '', busy ? 'utrecht-button--busy' : '', pressed ? 'utrecht-button--pressed' : '', typeof cls === 'string' ? cls : '']
    .filter(Boolean)
    .join(' ');
  return (
    <button {...rest} type={type} class={classes} aria-busy={busy || undefined}>
      {children}
    </button>
  );
}
