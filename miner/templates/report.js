// Filter promise rows by verdict and words; open every <details> before printing.
(function () {
  var status = document.getElementById("f-status"), text = document.getElementById("f-text");
  var count = document.getElementById("f-count"), none = document.getElementById("f-none");
  function apply() {
    if (!status) return;
    var s = status.value, words = text.value.toLowerCase().split(/\s+/).filter(Boolean), shown = 0;
    document.querySelectorAll("tr.promise").forEach(function (tr) {
      var hay = tr.textContent.toLowerCase();
      var ok = (!s || tr.dataset.status === s) && words.every(function (w) { return hay.indexOf(w) >= 0; });
      tr.hidden = !ok; if (ok) shown++;
    });
    document.querySelectorAll("table.promises tbody").forEach(function (tb) {
      tb.hidden = !tb.querySelector("tr.promise:not([hidden])");
    });
    document.querySelectorAll("section.theme").forEach(function (sec) {
      sec.hidden = !sec.querySelector("tr.promise:not([hidden])");
    });
    count.textContent = (s || words.length) ? shown + " shown" : "";
    none.hidden = shown > 0;
  }
  if (status) { status.addEventListener("change", apply); text.addEventListener("input", apply); }
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details").forEach(function (d) { d.open = true; });
  });
})();
