#!/usr/bin/env python3
"""Builds web/openapi.json, the contract of `xueshi serve`, from this file and the evidence schema.

The Report part is copied from the evidence schema (not retyped) so the API document cannot drift from what
`xueshi scan` prints. Run it after changing either: python3 web/build-openapi.py
Use --check to fail (exit 1) when web/openapi.json is out of date instead of writing it.
"""
import json
import sys
from pathlib import Path

WEB = Path(__file__).resolve().parent
REPO = WEB.parent
# The shared original when it is beside the checkout; the tests' copy (checked against it) in a bare clone.
SCHEMA_CANDIDATES = [
    REPO.parent / "shared" / "schema" / "evidence.schema.json",
    REPO / "Tests" / "XueshiCoreTests" / "Fixtures" / "evidence.schema.json",
]
OUT = WEB / "openapi.json"

MODES = ["training", "practice", "online", "academic", "research", "exam", "other", "unknown"]
ROLES = ["learner", "reviewer", "admin"]
STATUSES = ["draft", "filed", "accepted", "adjusted", "rejected"]
ACTIONS = ["accept", "adjust", "reject"]
SEVERITIES = ["critical", "warning", "info"]


def ref(name):
    return {"$ref": f"#/components/schemas/{name}"}


def nullable(schema):
    # 3.1 has no `nullable`: a null alternative beside the reference.
    return {"oneOf": [schema, {"type": "null"}]}


def obj(props, required=None, description=None):
    s = {"type": "object", "required": list(props) if required is None else required, "properties": props}
    if description:
        s["description"] = description
    return s


def report_schemas():
    """The evidence schema as component schemas: its $defs become siblings of Report, refs rewritten."""
    path = next((p for p in SCHEMA_CANDIDATES if p.exists()), None)
    if path is None:
        sys.exit("evidence.schema.json not found in: " + ", ".join(map(str, SCHEMA_CANDIDATES)))
    schema = json.loads(path.read_text(encoding="utf-8"))
    defs = schema.pop("$defs", {})
    # $id would rebase every $ref inside Report onto "xueshi.evidence/1"; $schema is the document's dialect already.
    schema.pop("$id", None)
    schema.pop("$schema", None)
    names = {k: "Report" + k[:1].upper() + k[1:] for k in defs}

    def rewrite(node):
        if isinstance(node, dict):
            out = {}
            for k, v in node.items():
                if k == "$ref" and isinstance(v, str) and v.startswith("#/$defs/"):
                    out[k] = "#/components/schemas/" + names[v[len("#/$defs/"):]]
                elif k == "$ref" and v == "#":
                    out[k] = "#/components/schemas/Report"
                else:
                    out[k] = rewrite(v)
            return out
        if isinstance(node, list):
            return [rewrite(v) for v in node]
        return node

    result = {"Report": rewrite(schema)}
    for k, v in defs.items():
        result[names[k]] = rewrite(v)
    return result


def error_response(description):
    return {"description": description, "content": {"application/json": {"schema": ref("Error")}}}


RESPONSES = {
    "BadRequest": error_response("请求格式不对（bad-request / bad-query / no-file）— malformed body or parameter"),
    "NotLoggedIn": error_response("未登录或会话已失效（not-logged-in）— no valid session cookie"),
    "Forbidden": error_response("缺少或不符的 CSRF 令牌（csrf），或角色无权操作（forbidden）— missing CSRF header or wrong role"),
    "NotFound": error_response("没有这份材料，或不属于你（not-found）— unknown id or not yours"),
    "Conflict": error_response("状态冲突（already-filed / exists）— the resource is not in a state that allows this"),
    "TooLarge": error_response("文件超过上传上限，或请求内容太大（too-large）— over maxUploadMb, or a JSON body over 64 KiB"),
    "Unsupported": error_response("不支持的文件类型（unsupported-type）— content is not PDF, OFD or an image"),
    "Unprocessable": error_response("内容不合规则（bad-decision / bad-account）— well-formed but not acceptable"),
    "TooManyLogins": error_response("登录尝试过多，请稍后再试（too-many-logins）— rate limited"),
}


def errors(*names):
    status = {"BadRequest": "400", "NotLoggedIn": "401", "Forbidden": "403", "NotFound": "404", "Conflict": "409",
              "TooLarge": "413", "Unsupported": "415", "Unprocessable": "422", "TooManyLogins": "429"}
    return {status[n]: {"$ref": f"#/components/responses/{n}"} for n in names}


def json_response(description, schema, headers=None):
    r = {"description": description, "content": {"application/json": {"schema": schema}}}
    if headers:
        r["headers"] = headers
    return r


def json_body(schema):
    return {"required": True, "content": {"application/json": {"schema": schema}}}


ID = {"name": "id", "in": "path", "required": True, "description": "材料编号 — evidence id", "schema": {"type": "string", "minLength": 1}}
YEAR = {"type": "integer", "minimum": 1900, "maximum": 2100, "description": "四位年份 — a four-digit year"}
USERNAME = {"type": "string", "minLength": 1, "maxLength": 64,
            "description": "字母、数字或 . _ -，1 到 64 个 — letters, digits or . _ -"}

# Which security applies: the cookie alone for reads, cookie and CSRF header for every state change.
READ = [{"session": []}]
WRITE = [{"session": [], "csrf": []}]


def schemas():
    s = {}
    s["Error"] = obj({"error": obj({
        "code": {"type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$", "description": "稳定的英文代码 — stable kebab-case code"},
        "message": {"type": "string", "description": "给用户看的中文说明 — Chinese message for the user"},
    })}, description="所有错误的形状 — every error response")
    s["Me"] = obj({
        "username": {"type": "string"},
        "role": {"enum": ROLES},
        "unit": {"type": ["string", "null"]},
        "csrf": {"type": "string", "description": "此后每个修改请求放在 X-CSRF-Token 头里 — send as X-CSRF-Token on every state change"},
        "maxUploadMb": {"type": "integer", "minimum": 0},
    }, description="当前登录的用户 — the logged-in user")
    s["Login"] = obj({"username": {"type": "string"}, "password": {"type": "string"}})
    s["Advice"] = obj({
        "code": {"type": "string"},
        "severity": {"enum": SEVERITIES},
        "message": {"type": "string", "description": "写给学员的说明：审核人会问什么 — the flag worded for a learner"},
    })
    s["Decision"] = obj({
        "action": {"enum": ACTIONS},
        "hours": {"type": ["number", "null"], "minimum": 0},
        "reason": {"type": ["string", "null"]},
        "reviewer": {"type": "string"},
        "at": {"type": "number", "description": "Unix 时间（秒）— seconds since 1970"},
    })
    s["DecisionRequest"] = {
        "type": "object", "required": ["action"],
        "description": "adjust 必须给 hours，reject 必须给 reason，否则 422 bad-decision — hours required for adjust, reason for reject",
        "properties": {
            "action": {"enum": ACTIONS},
            "hours": {"type": "number", "minimum": 0, "maximum": 1000},
            "reason": {"type": "string", "maxLength": 500},
        },
    }
    s["Evidence"] = obj({
        "id": {"type": "string"},
        "file": {"type": "string"},
        "learner": {"type": "string"},
        "unit": {"type": ["string", "null"]},
        "status": {"enum": STATUSES},
        "createdAt": {"type": "number", "description": "Unix 时间（秒）— seconds since 1970"},
        "pages": {"type": "integer", "minimum": 0},
        "report": ref("Report"),
        "advice": {"type": "array", "items": ref("Advice")},
        "decision": nullable(ref("Decision")),
    }, description="一份上传的材料及其识别报告 — one upload with its report")
    s["EvidenceSummary"] = obj({
        "id": {"type": "string"},
        "file": {"type": "string"},
        "learner": {"type": "string"},
        "status": {"enum": STATUSES},
        "createdAt": {"type": "number"},
        "mode": {"enum": MODES},
        "kind": {"type": "string"},
        "hours": {"type": ["number", "null"], "description": "材料上所载学时 — the hours as printed"},
        "proposedHours": {"type": ["number", "null"], "description": "折算建议 — the proposal's hours"},
        "subject": {"type": ["string", "null"]},
        "confidence": {"type": "number", "minimum": 0, "maximum": 1},
        "flags": {"type": "array", "items": {"type": "string"}},
        "critical": {"type": "integer", "minimum": 0, "description": "严重标记的个数 — number of critical flags"},
        "year": {"type": ["integer", "null"]},
    })
    s["EvidenceList"] = obj({"items": {"type": "array", "items": ref("EvidenceSummary")}})
    s["SummaryItem"] = obj({
        "id": {"type": "string"},
        "file": {"type": "string"},
        "status": {"type": "string"},
        "hours": {"type": ["number", "null"]},
        "subject": {"type": ["string", "null"]},
        "counted": {"type": "boolean"},
        "note": {"type": ["string", "null"], "description": "不计入的原因等 — why not counted, etc."},
    })
    s["Summary"] = obj({
        "year": {"type": "integer"},
        "required": {"type": "number", "description": "全年要求（90）— hours required in all"},
        "requiredProfessional": {"type": "number", "description": "专业科目要求（60）— professional hours required"},
        "total": {"type": "number"},
        "professional": {"type": "number"},
        "public": {"type": "number"},
        "missingTotal": {"type": "number", "minimum": 0},
        "missingProfessional": {"type": "number", "minimum": 0},
        "conclusion": {"type": "string"},
        "items": {"type": "array", "items": ref("SummaryItem")},
    }, description="学员一年的学时汇总 — one learner's year")
    s["Account"] = obj({
        "username": {"type": "string"},
        "role": {"enum": ROLES},
        "unit": {"type": ["string", "null"]},
        "createdAt": {"type": "number"},
    })
    s["AccountList"] = obj({"items": {"type": "array", "items": ref("Account")}})
    s["NewAccount"] = obj({
        "username": USERNAME,
        "password": {"type": "string", "minLength": 8, "maxLength": 256},
        "role": {"enum": ROLES},
        "unit": {"type": ["string", "null"], "maxLength": 100, "description": "学员和审核人必填 — required for learners and reviewers"},
    }, required=["username", "password", "role"], description="不合规则时 422 bad-account — 422 bad-account when a rule is broken")
    s["Upload"] = obj({"file": {"type": "string", "contentMediaType": "application/octet-stream",
                                "description": "一个文件：PDF、OFD 或图片 — one PDF, OFD or image"}})
    s.update(report_schemas())
    return s


def paths():
    p = {}
    p["/api/session"] = {
        "post": {
            "operationId": "login", "summary": "登录 — log in", "tags": ["session"], "security": [],
            "requestBody": json_body(ref("Login")),
            "responses": {
                "200": json_response("已登录 — logged in", ref("Me"), headers={
                    "Set-Cookie": {"required": True, "description": "xueshi_session=…; HttpOnly; SameSite=Strict",
                                   "schema": {"type": "string"}}}),
                **errors("BadRequest"),
                "401": error_response("用户名或密码不对（bad-login）— wrong username or password"),
                **errors("TooLarge"),
                **errors("TooManyLogins"),
            },
        },
        "get": {
            "operationId": "me", "summary": "当前用户 — who am I", "tags": ["session"], "security": READ,
            "responses": {"200": json_response("当前用户 — the session's user", ref("Me")), **errors("NotLoggedIn")},
        },
        "delete": {
            "operationId": "logout", "summary": "退出登录 — log out", "tags": ["session"], "security": WRITE,
            "responses": {"204": {"description": "已退出 — logged out"}, **errors("NotLoggedIn", "Forbidden")},
        },
    }
    p["/api/evidence"] = {
        "post": {
            "operationId": "upload", "summary": "上传一份材料（仅学员）— upload one file (learners)", "tags": ["evidence"],
            "security": WRITE,
            "requestBody": {"required": True, "content": {"multipart/form-data": {
                "schema": ref("Upload"), "encoding": {"file": {"contentType": "application/octet-stream"}}}}},
            "responses": {
                "201": json_response("已读取，草稿 — read, a draft", ref("Evidence")),
                **errors("BadRequest", "NotLoggedIn", "Forbidden", "TooLarge", "Unsupported"),
            },
        },
        "get": {
            "operationId": "listEvidence", "summary": "我的材料，新的在前 — my uploads, newest first", "tags": ["evidence"],
            "security": READ,
            "responses": {"200": json_response("列表 — the list", ref("EvidenceList")), **errors("NotLoggedIn", "Forbidden")},
        },
    }
    p["/api/evidence/{id}"] = {
        "get": {
            "operationId": "getEvidence", "summary": "一份材料 — one upload", "tags": ["evidence"], "security": READ,
            "parameters": [ID],
            "responses": {"200": json_response("材料 — the upload", ref("Evidence")),
                          **errors("BadRequest", "NotLoggedIn", "NotFound")},
        },
    }
    p["/api/evidence/{id}/pages/{n}.png"] = {
        "get": {
            "operationId": "pageImage", "summary": "第 n 页，框出找到的字段 — page n with the found fields boxed",
            "tags": ["evidence"], "security": READ,
            "parameters": [ID, {"name": "n", "in": "path", "required": True, "description": "页码，从 1 起 — 1-based",
                                "schema": {"type": "integer", "minimum": 1}}],
            "responses": {
                "200": {"description": "PNG 图片 — the page drawn", "content": {"image/png": {
                    "schema": {"type": "string", "contentMediaType": "image/png"}}}},
                **errors("BadRequest", "NotLoggedIn", "NotFound"),
            },
        },
    }
    p["/api/evidence/{id}/file"] = {
        "post": {
            "operationId": "fileEvidence", "summary": "提交到单位审核（草稿→已提交）— file to the unit's queue",
            "tags": ["evidence"], "security": WRITE, "parameters": [ID],
            "responses": {"200": json_response("已提交 — filed", ref("Evidence")),
                          **errors("BadRequest", "NotLoggedIn", "Forbidden", "NotFound", "Conflict")},
        },
    }
    p["/api/evidence/{id}/decision"] = {
        "post": {
            "operationId": "decide", "summary": "认定、调整或不予认定（本单位审核人）— accept, adjust or reject",
            "tags": ["review"], "security": WRITE, "parameters": [ID], "requestBody": json_body(ref("DecisionRequest")),
            "responses": {"200": json_response("已决定 — decided", ref("Evidence")),
                          **errors("BadRequest", "NotLoggedIn", "Forbidden", "NotFound", "TooLarge", "Unprocessable")},
        },
    }
    p["/api/queue"] = {
        "get": {
            "operationId": "queue", "summary": "本单位待审队列，风险高的在前（仅审核人）— the unit's queue, riskiest first",
            "tags": ["review"], "security": READ,
            "parameters": [
                {"name": "year", "in": "query", "schema": YEAR},
                {"name": "mode", "in": "query", "schema": {"enum": MODES}},
                {"name": "flag", "in": "query", "schema": {"type": "string", "pattern": "^[a-z0-9-]{1,64}$"}},
                {"name": "learner", "in": "query", "schema": USERNAME},
                {"name": "status", "in": "query", "schema": {"enum": STATUSES[1:] + ["all"], "default": "filed"}},
            ],
            "responses": {"200": json_response("队列 — the queue", ref("EvidenceList")),
                          **errors("BadRequest", "NotLoggedIn", "Forbidden")},
        },
    }
    p["/api/decisions.csv"] = {
        "get": {
            "operationId": "decisionsCsv", "summary": "本单位的审核决定（UTF-8 带 BOM）— the unit's decisions as CSV",
            "tags": ["review"], "security": READ,
            "responses": {"200": {"description": "CSV", "content": {"text/csv": {"schema": {"type": "string"}}}},
                          **errors("NotLoggedIn", "Forbidden")},
        },
    }
    p["/api/summary"] = {
        "get": {
            "operationId": "summary", "summary": "我这一年的学时汇总 — my year against 90 / 60", "tags": ["evidence"],
            "security": READ,
            "parameters": [{"name": "year", "in": "query", "description": "缺省为今年 — this year when absent", "schema": YEAR}],
            "responses": {"200": json_response("汇总 — the summary", ref("Summary")),
                          **errors("BadRequest", "NotLoggedIn", "Forbidden")},
        },
    }
    p["/api/accounts"] = {
        "get": {
            "operationId": "listAccounts", "summary": "账号列表（仅管理员）— accounts (admin)", "tags": ["admin"],
            "security": READ,
            "responses": {"200": json_response("账号 — the accounts", ref("AccountList")), **errors("NotLoggedIn", "Forbidden")},
        },
        "post": {
            "operationId": "createAccount", "summary": "新建账号（仅管理员）— create an account (admin)", "tags": ["admin"],
            "security": WRITE, "requestBody": json_body(ref("NewAccount")),
            "responses": {"201": json_response("已建 — created", ref("Account")),
                          **errors("BadRequest", "NotLoggedIn", "Forbidden", "Conflict", "TooLarge", "Unprocessable")},
        },
    }
    p["/api/openapi.json"] = {
        "get": {
            "operationId": "openapi", "summary": "本文档 — this document", "tags": ["meta"], "security": [],
            "responses": {"200": {"description": "OpenAPI 3.1", "content": {"application/json": {"schema": {"type": "object"}}}}},
        },
    }
    return p


def document():
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "xueshi 学时材料审核 API",
            "version": "1",
            "description": "`xueshi serve` 的接口：学员上传继续教育证明材料并提交审核，审核人按单位审核，管理员管理账号。"
                           "错误一律为 {\"error\":{\"code\",\"message\"}}，message 为中文。"
                           "除登录外，每个修改请求须带 X-CSRF-Token 头（值为会话应答里的 csrf），否则 403 csrf。\n\n"
                           "The API of `xueshi serve`. Errors are always {\"error\":{\"code\",\"message\"}}. Every "
                           "state-changing request except POST /api/session needs the X-CSRF-Token header.",
        },
        "jsonSchemaDialect": "https://spec.openapis.org/oas/3.1/dialect/base",
        "tags": [{"name": n} for n in ["session", "evidence", "review", "admin", "meta"]],
        "security": READ,
        "paths": paths(),
        "components": {
            "securitySchemes": {
                "session": {"type": "apiKey", "in": "cookie", "name": "xueshi_session",
                            "description": "登录后的会话 Cookie（HttpOnly; SameSite=Strict）"},
                "csrf": {"type": "apiKey", "in": "header", "name": "X-CSRF-Token",
                         "description": "会话应答（Me）里的 csrf"},
            },
            "responses": RESPONSES,
            "schemas": schemas(),
        },
    }


def main():
    text = json.dumps(document(), ensure_ascii=False, indent=2) + "\n"
    if "--check" in sys.argv[1:]:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
            sys.exit("web/openapi.json is out of date: run python3 web/build-openapi.py")
        return
    OUT.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
