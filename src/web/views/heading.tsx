import type { ComponentChildren } from "preact";
import { useEffect, useRef } from "preact/hooks";

/**
 * A screen's `h1`. It takes focus when the screen appears, so keyboard and screen-reader users
 * start at the new content (WCAG 2.4.3) instead of where the previous screen's button was.
 */
/** Whether no screen has been shown yet since the page loaded. */
let firstScreen = true;

export function Heading(props: { children: ComponentChildren; focusKey?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  // Focus again whenever the screen changes (focusKey), but not on the page's first screen: on
  // load, focus starts at the top of the page, so the skip link is the first Tab stop.
  useEffect(() => {
    if (firstScreen) {
      firstScreen = false;
      return;
    }
    ref.current?.focus({ preventScroll: false });
  }, [props.focusKey]);
  return (
    <h1 ref={ref} tabIndex={-1} class="screen-title">
      {props.children}
    </h1>
  );
}
