// Starts the browser's download of a file the server serves with Content-Disposition: attachment (a sealed dossier or
// report), as if the person had clicked its link: whoever presses "Export" wants the file, not a second click.
export function startDownload(href: string): void {
  const link = document.createElement("a");
  link.href = href;
  link.download = "";
  document.body.append(link);
  link.click();
  link.remove();
}
