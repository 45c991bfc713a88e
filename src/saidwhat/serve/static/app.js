// Links the highlighted spans of an article with its statement list: hovering either
// lights up both, clicking a span scrolls to its statement and the reverse.
(function () {
  "use strict";
  function parts(id) {
    return document.querySelectorAll('mark[data-statements~="' + id + '"], li[data-statement="' + id + '"]');
  }
  function light(ids, on) {
    ids.forEach(function (id) { parts(id).forEach(function (el) { el.classList.toggle("lit", on); }); });
  }
  function idsOf(el) {
    return (el.dataset.statements || el.dataset.statement || "").split(" ").filter(Boolean);
  }
  function pin(id) {
    document.querySelectorAll("li.pinned").forEach(function (el) { el.classList.remove("pinned"); });
    var item = document.getElementById("s-" + id);
    if (item) { item.classList.add("pinned"); item.scrollIntoView({ block: "nearest" }); }
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("mark[data-statements], li[data-statement]").forEach(function (el) {
      el.addEventListener("mouseenter", function () { light(idsOf(el), true); });
      el.addEventListener("mouseleave", function () { light(idsOf(el), false); });
      el.addEventListener("focus", function () { light(idsOf(el), true); });
      el.addEventListener("blur", function () { light(idsOf(el), false); });
    });
    document.querySelectorAll("mark[data-statements]").forEach(function (el) {
      el.addEventListener("click", function () { pin(idsOf(el)[0]); });
    });
    document.querySelectorAll("li[data-statement]").forEach(function (el) {
      el.addEventListener("click", function () {
        var id = el.dataset.statement;
        pin(id);
        var first = document.querySelector('mark[data-statements~="' + id + '"]');
        if (first) { first.scrollIntoView({ block: "center" }); }
      });
    });
    var target = location.hash.match(/^#s-(\d+)$/);
    if (target) { pin(target[1]); light([target[1]], true); }
  });
})();
