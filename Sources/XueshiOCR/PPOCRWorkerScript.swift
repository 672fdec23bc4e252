/// The PP-OCR worker, run as `python3 -c SCRIPT`: it loads rapidocr-onnxruntime's bundled PP-OCRv4 models once,
/// says `{"ready": true}`, then reads one JSON request a line ({"id", "path", "singleLine"}) and answers one JSON
/// line ({"id", "lines": [[x0, y0, x1, y1, text, score, [4 x, 4 y of the quad]], …]} or {"id", "error"}). Kept in Swift so the binary needs
/// no file beside it. Its arguments: ONNX threads, detection side and recognition batch (`PPOCRSettings`).
enum PPOCRWorkerScript {
    static let source = #"""
import json, os, sys, threading, time
os.environ.setdefault("OMP_NUM_THREADS", "1")
# Dies with its parent: a parent killed with -9 closes no pipe this process is blocked in while it reads a page,
# so a thread watches for the re-parenting instead (PR_SET_PDEATHSIG would fire when the spawning *thread* ends).
_parent = os.getppid()
def _watch():
    while True:
        if os.getppid() != _parent:
            os._exit(0)
        time.sleep(0.25)
threading.Thread(target=_watch, daemon=True).start()
try:
    from rapidocr_onnxruntime import RapidOCR
    import rapidocr_onnxruntime as _r
    # Threads, detection side and recognition batch from the command line: PPOCRSettings, always given.
    engine = RapidOCR(intra_op_num_threads=int(sys.argv[1]), inter_op_num_threads=1, max_side_len=int(sys.argv[2]),
                      rec_batch_num=int(sys.argv[3]))
except Exception as e:
    sys.stdout.write(json.dumps({"ready": False, "error": type(e).__name__ + ": " + str(e)}) + "\n")
    sys.stdout.flush()
    sys.exit(3)
sys.stdout.write(json.dumps({"ready": True, "version": getattr(_r, "__version__", "")}) + "\n")
sys.stdout.flush()
for raw in sys.stdin:
    try:
        req = json.loads(raw)
    except Exception:
        continue
    rid = req.get("id")
    try:
        lines = []
        if req.get("singleLine"):
            res, _ = engine(req["path"], use_det=False, use_cls=False, use_rec=True)
            for item in res or []:
                lines.append([0, 0, 0, 0, item[0], float(item[1])])
        else:
            # No per-line angle classifier: it turned lines holding “quotes” upside down, which then read as
            # nothing; the page's turn is settled before OCR (OCRReader).
            res, _ = engine(req["path"], use_cls=False)
            for box, text, score in res or []:
                xs = [float(p[0]) for p in box]
                ys = [float(p[1]) for p in box]
                lines.append([min(xs), min(ys), max(xs), max(ys), text, float(score), xs + ys])
        out = {"id": rid, "lines": lines}
    except Exception as e:
        out = {"id": rid, "error": type(e).__name__ + ": " + str(e)}
    sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
    sys.stdout.flush()
"""#
}
