// Small enhancements; every page works without this file.
// "/" focuses the search box; in a bitext, pointing at a row lights up every row of its link.
document.addEventListener('keydown', (e) => {
  const box = document.querySelector('.box input');
  if (e.key === '/' && box && document.activeElement !== box
      && !['INPUT', 'TEXTAREA'].includes(document.activeElement.tagName)) {
    e.preventDefault();
    box.focus();
  }
});
document.querySelectorAll('table.bitext tbody').forEach((body) => {
  const rows = Array.from(body.rows);
  const linkOf = (row) => {
    let i = rows.indexOf(row);
    while (i > 0 && !rows[i].classList.contains('link')) i--;
    const group = [rows[i]];
    for (let j = i + 1; j < rows.length && rows[j].classList.contains('more'); j++) group.push(rows[j]);
    return group;
  };
  body.addEventListener('mouseover', (e) => {
    const row = e.target.closest('tr');
    rows.forEach((r) => r.classList.remove('hover'));
    if (row) linkOf(row).forEach((r) => r.classList.add('hover'));
  });
});
