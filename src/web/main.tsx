import { render } from "preact";
import { App } from "./app.js";
import "./styles.css";

render(<App />, document.getElementById("app")!);

// Works offline after the first visit (sw.js, written by the build). Not in the dev server.
if (import.meta.env.PROD && "serviceWorker" in navigator) {
  navigator.serviceWorker.register("./sw.js").catch(() => {
    // No service worker (private mode, file://): the page works online as before.
  });
}
