// Names the admin's form fields that Wagtail leaves without a name for screen readers (WCAG 1.3.1 and
// 4.1.2; axe: label, aria-input-field-name), and repeated block panels (below). Two cases in Wagtail's markup:
// - the rich text editor (Draftail) is a role="textbox" whose field label points at a hidden input;
// - a field straight inside a StreamField block or a list item ("Item" in a do and don't list) has
//   only the block's heading, and no label of its own.
// Each is named by its field's label, or else by the heading of the panel or block it sits in. Fields
// appear after the page loads (Draftail, new blocks), so new ones are named as they come.
(function () {
  "use strict";
  var FIELDS = '.public-DraftEditor-content[role="textbox"], input:not([type="hidden"]), textarea, select';

  // Label elements that point at a field by id, gathered once per pass: asking each field for its
  // `labels` makes the browser look through the whole page each time, which took seconds on a screen
  // with a thousand fields (the questionnaire's edit screen). Same answer as `field.labels.length > 0`.
  function labelTargets() {
    var ids = new Set();
    document.querySelectorAll("label[for]").forEach(function (label) {
      ids.add(label.htmlFor);
    });
    return ids;
  }

  function hasLabel(field, labelledIds) {
    if (!("labels" in field)) {
      return false; // not a labelable element (Draftail's editor)
    }
    if (field.id && labelledIds.has(field.id) && document.getElementById(field.id) === field) {
      return true;
    }
    var around = field.closest("label");
    return Boolean(around) && around.control === field;
  }

  function hasName(field, labelledIds) {
    return (
      field.hasAttribute("aria-label") ||
      field.hasAttribute("aria-labelledby") ||
      field.hasAttribute("title") ||
      hasLabel(field, labelledIds)
    );
  }

  function name(field) {
    var wrapper = field.closest("[data-field-wrapper]");
    var label = wrapper && field.getAttribute("role") === "textbox" && wrapper.querySelector(".w-field__label");
    if (label && label.id) {
      field.setAttribute("aria-labelledby", label.id);
    } else if (label) {
      field.setAttribute("aria-label", label.textContent.replace("*", "").trim());
    } else {
      var panel = field.closest("section[aria-labelledby]");
      if (panel) {
        field.setAttribute("aria-labelledby", panel.getAttribute("aria-labelledby"));
      }
    }
  }

  // Each block's panel is a landmark: a <section> named by its heading. Where two panels have the same
  // heading (the same area with the same scores in two safety scenarios), a screen reader's list of
  // landmarks cannot tell them apart (axe: landmark-unique), so each such panel is also named by the block
  // it sits in ("Getting dressed: scores 1, 1, 1, 0 ... Every area just below the targeted threshold").
  function headingOf(panel) {
    var heading = document.getElementById(panel.getAttribute("aria-labelledby").split(" ")[0]);
    return heading ? heading.textContent.replace(/\s+/g, " ").trim() : "";
  }

  function nameRepeatedPanels() {
    var panels = document.querySelectorAll("section.w-panel--nested[aria-labelledby]");
    var seen = new Map();
    panels.forEach(function (panel) {
      var text = headingOf(panel);
      seen.set(text, (seen.get(text) || 0) + 1);
    });
    panels.forEach(function (panel) {
      var ids = panel.getAttribute("aria-labelledby").split(" ");
      var outer = panel.parentElement && panel.parentElement.closest("section.w-panel--nested[aria-labelledby]");
      if (ids.length === 1 && outer && seen.get(headingOf(panel)) > 1) {
        panel.setAttribute("aria-labelledby", ids[0] + " " + outer.getAttribute("aria-labelledby").split(" ")[0]);
      }
    });
  }

  var queued = false;
  function nameAll() {
    queued = false;
    var labelledIds = labelTargets();
    document.querySelectorAll(FIELDS).forEach(function (field) {
      if (!hasName(field, labelledIds)) {
        name(field);
      }
    });
    nameRepeatedPanels();
  }
  new MutationObserver(function () {
    if (!queued) {
      queued = true;
      queueMicrotask(nameAll);
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
  nameAll();
})();
