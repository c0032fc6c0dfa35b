/// The index's only script (partial `sortScript`): a button in each column heading of the
/// `#grades` table sorts its rows by that column's `data-sort` values (numbers as numbers), again
/// to reverse. Without JavaScript there are no buttons and the table keeps the roster's order.
///
/// The pages' Content-Security-Policy allows this script by its hash (`sha256`) and no other, so
/// even a string that escaped escaping could not run. Change the script, change the hash: the
/// tests and the browser test say so.
enum SortScript {
    static let js = """
        (function () {
          "use strict";
          var table = document.getElementById("grades");
          if (!table || !table.tHead || !table.tBodies.length) return;
          var body = table.tBodies[0];
          var headers = table.tHead.rows[0].cells;
          function key(row, column) {
            var cell = row.cells[column];
            var text = cell.getAttribute("data-sort");
            if (text === null) text = cell.textContent.trim().toLowerCase();
            var number = Number(text);
            return text !== "" && isFinite(number) ? number : text;
          }
          function compare(a, b) {
            if (typeof a === typeof b) return a < b ? -1 : a > b ? 1 : 0;
            return typeof a === "number" ? -1 : 1;
          }
          function sort(column) {
            var header = headers[column];
            var ascending = header.getAttribute("aria-sort") !== "ascending";
            for (var i = 0; i < headers.length; i++) headers[i].removeAttribute("aria-sort");
            header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
            var rows = [];
            for (var r = 0; r < body.rows.length; r++) {
              rows.push({ row: body.rows[r], key: key(body.rows[r], column), index: r });
            }
            rows.sort(function (a, b) {
              var order = compare(a.key, b.key);
              return (ascending ? order : -order) || a.index - b.index;
            });
            rows.forEach(function (item) { body.appendChild(item.row); });
          }
          Array.prototype.forEach.call(headers, function (header, column) {
            var button = document.createElement("button");
            button.type = "button";
            button.className = "sort";
            button.textContent = "\\u2195";
            button.setAttribute("aria-label", "Sort by " + header.textContent.trim());
            button.addEventListener("click", function () { sort(column); });
            header.appendChild(button);
          });
          document.documentElement.classList.add("sortable");
        })();
        """

    /// Base64 of the SHA-256 of `js`'s UTF-8 bytes, for the Content-Security-Policy.
    static let sha256 = "onPXks6r9KNwHUmn486iTR7U7toV9kNQIau+BPAyKxI="
}
