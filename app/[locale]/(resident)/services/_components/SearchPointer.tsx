import type { PointerView } from '@/lib/services/search-results';

/**
 * Where to go for something this site does not handle: a heading that says what it is about,
 * what to do, and a tel: link that dials from a phone (and reads the number everywhere else).
 */
export function SearchPointer({
  pointer,
  locale,
  label,
}: {
  pointer: PointerView;
  locale: string;
  /** "Emergency" or "Handled elsewhere", shown above the title. */
  label: string;
}) {
  const id = `pointer-${pointer.id}`;
  return (
    <section
      className={pointer.urgent ? 'pointer pointer--urgent' : 'pointer'}
      aria-labelledby={id}
      data-pointer={pointer.id}
    >
      <p className="pointer__label">{label}</p>
      <div lang={pointer.lang === locale ? undefined : pointer.lang}>
        <h2 id={id}>{pointer.title}</h2>
        <p>{pointer.body}</p>
        <p>
          <a className="pointer__call" href={`tel:${pointer.tel}`}>
            {pointer.call}
          </a>
        </p>
      </div>
    </section>
  );
}
