import type { LocalSource } from "../sources.js";

/** A link to an official source, its text marked with its own language when it is not the page's. */
export function SourceLink(props: { src: LocalSource }) {
  return (
    <a href={props.src.url} class="source" lang={props.src.lang}>
      {props.src.label}
    </a>
  );
}
