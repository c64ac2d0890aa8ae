import type { LocalSource } from "../sources.js";

/**
 * A link to an official source, its text marked with its own language when it is not the page's,
 * and a note in the page's language when the source has no version in it ("(en anglais)").
 */
export function SourceLink(props: { src: LocalSource }) {
  const { src } = props;
  return (
    <>
      <a href={src.url} class="source" lang={src.lang} hrefLang={src.lang}>
        {src.label}
      </a>
      {src.note && <span class="source-note"> ({src.note})</span>}
    </>
  );
}
