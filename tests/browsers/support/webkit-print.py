"""Prints a page to PDF with WebKitGTK's own print operation, as Epiphany
prints: WebKitWebDriver has no Print command. Usage: webkit-print.py URL OUT.pdf [SCRIPT]
SCRIPT, if given, runs in the page before it prints. Console errors, uncaught
errors and CSP violations, watched from before the page's first script, are
written to stdout as "problem: …" lines. Runs under X (xvfb-run); exits 1
with one line on stderr when it cannot."""
import sys

import gi

gi.require_version('Gtk', '3.0')
gi.require_version('WebKit2', '4.1')
from gi.repository import GLib, Gtk, WebKit2  # noqa: E402

url, out = sys.argv[1], sys.argv[2]
prepare = sys.argv[3] if len(sys.argv) > 3 else None
failure = []
problems = []

# Injected before the page's own scripts (WebKitWebDriver cannot do this).
WATCH = '''
const report = (text) => window.webkit.messageHandlers.problems.postMessage(String(text));
document.addEventListener('securitypolicyviolation', (event) => report('CSP violation: ' + event.violatedDirective + ' blocked ' + event.blockedURI), true);
addEventListener('error', (event) => report('uncaught: ' + (event.message || event.type)), true);
addEventListener('unhandledrejection', (event) => report('unhandled rejection: ' + event.reason));
const error = console.error.bind(console);
console.error = (...args) => { report(args.join(' ')); error(...args); };
'''


def stop(message=None):
    if message:
        failure.append(message)
    Gtk.main_quit()


def print_page(view):
    settings = Gtk.PrintSettings()
    settings.set_printer('Print to File')
    settings.set(Gtk.PRINT_SETTINGS_OUTPUT_FILE_FORMAT, 'pdf')
    settings.set(Gtk.PRINT_SETTINGS_OUTPUT_URI, GLib.filename_to_uri(out))
    setup = Gtk.PageSetup()
    setup.set_paper_size(Gtk.PaperSize.new(Gtk.PAPER_NAME_A4))
    # WebKitGTK takes the margins from the print dialog, not from @page: set them as the site's @page does.
    for side, mm in (('top', 22), ('bottom', 20), ('left', 20), ('right', 20)):
        getattr(setup, f'set_{side}_margin')(mm, Gtk.Unit.MM)
    operation = WebKit2.PrintOperation.new(view)
    operation.set_print_settings(settings)
    operation.set_page_setup(setup)
    operation.connect('finished', lambda _operation: stop())
    operation.connect('failed', lambda _operation, error: stop(f'printing {url} failed: {error.message}'))
    operation.print_()
    return False


def prepared(view, result):
    try:
        view.evaluate_javascript_finish(result)
    except GLib.Error as error:
        return stop(f'the script before printing {url} failed: {error.message}')
    print_page(view)


def settled(view):
    if prepare:
        view.evaluate_javascript(prepare, -1, None, None, None, prepared)
    else:
        print_page(view)
    return False


def on_load(view, event):
    if event == WebKit2.LoadEvent.FINISHED:
        # Let the page's scripts run and its fonts settle before printing.
        GLib.timeout_add(300, settled, view)


window = Gtk.OffscreenWindow()
manager = WebKit2.UserContentManager()
manager.add_script(WebKit2.UserScript(WATCH, WebKit2.UserContentInjectedFrames.ALL_FRAMES, WebKit2.UserScriptInjectionTime.START, None, None))
manager.register_script_message_handler('problems')
manager.connect('script-message-received::problems', lambda _manager, result: problems.append(result.get_js_value().to_string()))
view = WebKit2.WebView.new_with_user_content_manager(manager)
window.add(view)
window.set_default_size(1280, 800)
window.show_all()
view.connect('load-changed', on_load)
view.connect('load-failed', lambda _view, _event, uri, error: stop(f'could not load {uri}: {error.message}') or True)
GLib.timeout_add_seconds(60, lambda: stop(f'expected {url} to print within 60 s'))
view.load_uri(url)
Gtk.main()
for problem in problems:
    print('problem: ' + problem.replace('\n', ' '))
if failure:
    sys.stderr.write(failure[0] + '\n')
    sys.exit(1)
