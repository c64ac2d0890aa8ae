import { render } from "preact";
import { App } from "./app.js";
import "./styles.css";

render(<App />, document.getElementById("app")!);

// Works offline after the first visit (sw.js, written by the build). Not in the dev server (the
// only place with hot reload; `PROD` is false in a build made under a test runner's NODE_ENV).
if (!import.meta.hot && "serviceWorker" in navigator) {
  navigator.serviceWorker.register("./sw.js").catch(() => {
    // No service worker (private mode, file://): the page works online as before.
  });
}
