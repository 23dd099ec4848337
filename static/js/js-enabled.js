// Runs first in <body> so NHS.UK styles for scripted components apply before the first paint.
document.body.className += " js-enabled" + ("noModule" in HTMLScriptElement.prototype ? " nhsuk-frontend-supported" : "");
