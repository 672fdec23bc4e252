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
DECLARATION_STATES = ["draft", "filed", "public", "approved", "confirmed"]
PUBLIC_STATES = ["public", "approved", "confirmed"]
ASKED_SUBJECTS = ["public", "professional"]
PROPOSED_SUBJECTS = ["public", "professional", "unknown"]
AUDIT_ACTIONS = ["create", "subjects", "file", "publish", "object", "answer", "approve", "confirm", "return", "refused"]


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
    "BadRequest": error_response("请求格式不对或内容不合规则（bad-request / bad-query / no-file / bad-input）— malformed body or parameter"),
    "NotLoggedIn": error_response("未登录或会话已失效（not-logged-in）— no valid session cookie"),
    "Forbidden": error_response("缺少或不符的 CSRF 令牌（csrf），或角色无权操作（forbidden）— missing CSRF header or wrong role"),
    "NotFound": error_response("没有这份材料或申报，或不属于你（not-found）— unknown id or not yours"),
    "Conflict": error_response("状态冲突（already-filed / exists / declaration-exists / declaration-frozen / bad-state）"
                               "— the resource is not in a state that allows this"),
    "TooLarge": error_response("文件超过上传上限，或请求内容太大（too-large）— over maxUploadMb, or a JSON body over 64 KiB"),
    "Unsupported": error_response("不支持的文件类型（unsupported-type）— content is not PDF, OFD or an image"),
    "Unprocessable": error_response("内容不合规则（bad-decision / bad-account / one-way）— well-formed but not acceptable"),
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

DECLARATION_ID = {"name": "id", "in": "path", "required": True, "description": "申报编号 — declaration id",
                  "schema": {"type": "string", "minLength": 1}}
OBJECTION_N = {"name": "n", "in": "path", "required": True, "description": "异议序号，从 1 起 — objection number, 1-based",
               "schema": {"type": "integer", "minimum": 1}}
NULLABLE_DATE = {"type": ["string", "null"], "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
                 "description": "ISO 日期，未定时为 null — YYYY-MM-DD, null when not set"}
TIME = {"type": "number", "description": "Unix 时间（秒）— seconds since 1970"}
NULLABLE_TIME = {"type": ["number", "null"], "description": "Unix 时间（秒），未发生时为 null — seconds since 1970, or null"}
HOURS = {"type": "number", "minimum": 0}
NULLABLE_HOURS = {"type": ["number", "null"], "minimum": 0}

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
    s.update(declaration_schemas())
    s.update(report_schemas())
    return s


def declaration_schemas():
    """The annual declaration (学时认定申报): the learner's draft, filing, the unit's 公示, objections, approval."""
    s = {}
    s["DeclarationItem"] = obj({
        "upload": {"type": "string", "description": "材料编号 — the upload's id"},
        "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
        "file": {"type": "string"},
        "date": {"type": ["string", "null"], "pattern": "^[0-9]{4}-[0-9]{2}(-[0-9]{2})?$",
                 "description": "活动日期（期刊论文为出版年月 YYYY-MM）— the activity's day, or month for a paper"},
        "hours": {**NULLABLE_HOURS, "description": "建议学时（审核人调整后为调整的学时）— proposed hours, or the reviewer's"},
        "proposedSubject": {"enum": PROPOSED_SUBJECTS + [None], "description": "建议科目 — the proposal's subject"},
        "subject": {"enum": ASKED_SUBJECTS, "description": "申报科目：学员要求计入的科目 — what the learner asks it to count as"},
        "granted": {**NULLABLE_HOURS, "description": "认定学时（审核通过时确定）— hours granted, set at approval"},
        "policy": {"type": ["string", "null"], "description": "折算标准 — the standard applied, e.g. anhui-2025"},
        "rule": {"type": ["string", "null"]},
        "converted": {"type": "boolean", "description": "专业科目学时转计公需科目 — professional hours counted as public"},
        "counted": {"type": "boolean", "description": "是否计入本年度 — counts towards the year"},
        "note": {"type": ["string", "null"], "description": "不计入的原因等（取最高项、非本年度…）— why it does not count, etc."},
    }, description="申报中的一份材料 — one upload in a declaration")
    s["DeclarationTotals"] = obj({
        "required": {**HOURS, "description": "全年要求（90）— hours required in all"},
        "requiredProfessional": {**HOURS, "description": "专业科目要求（60）— professional hours required"},
        "total": HOURS,
        "professional": HOURS,
        "public": HOURS,
        "professionalToPublic": {**HOURS, "description": "专业科目转计公需科目的学时 — professional hours counted as public"},
        "missingTotal": HOURS,
        "missingProfessional": HOURS,
        "missingPublic": HOURS,
        "conclusion": {"type": "string", "description": "结论（中文）— the conclusion in words"},
    }, description="申报的合计，对照 90 / 60 — the declaration's totals against 90 / 60")
    s["Objection"] = obj({
        "n": {"type": "integer", "minimum": 1},
        "by": {"type": "string"},
        "at": TIME,
        "text": {"type": "string"},
        "answer": {"type": ["string", "null"]},
        "answeredBy": {"type": ["string", "null"]},
        "answeredAt": NULLABLE_TIME,
    }, description="公示期间提出的异议及答复 — an objection raised during the public notice, and its answer")
    s["AuditEntry"] = obj({
        "at": TIME,
        "by": {"type": "string"},
        "action": {"enum": AUDIT_ACTIONS},
        "note": {"type": ["string", "null"]},
    }, description="审核记录的一条 — one line of the audit trail")
    s["Declaration"] = obj({
        "id": {"type": "string"},
        "account": {"type": "string"},
        "unit": {"type": ["string", "null"]},
        "year": {"type": "integer"},
        "state": {"enum": DECLARATION_STATES, "description": "草稿 / 已提交 / 公示中 / 单位已审核 / 已确认"},
        "createdAt": TIME,
        "filedAt": NULLABLE_TIME,
        "publicFrom": {**NULLABLE_DATE, "description": "公示期首日（含）— first day of the public notice, inclusive"},
        "publicUntil": {**NULLABLE_DATE, "description": "公示期末日（含）— last day of the public notice, inclusive"},
        "returnReason": {"type": ["string", "null"], "description": "被退回为草稿时的原因 — why a reviewer sent it back"},
        "items": {"type": "array", "items": ref("DeclarationItem")},
        "totals": ref("DeclarationTotals"),
        "objections": {"type": "array", "items": ref("Objection")},
        "audit": {"type": "array", "items": ref("AuditEntry")},
    }, description="一名学员一个年度的学时认定申报 — one learner's declaration for a year")
    s["DeclarationList"] = obj({"declarations": {"type": "array", "items": ref("Declaration")}})
    s["NewDeclaration"] = obj({"year": YEAR}, description="按该年度的材料生成草稿 — a draft from that year's uploads")
    s["SubjectsRequest"] = obj({"subjects": {
        "type": "object", "additionalProperties": {"enum": ASKED_SUBJECTS},
        "description": "材料编号 → 申报科目；公需科目不能改为专业科目（422 one-way）— upload id → subject asked",
    }})
    s["PublishRequest"] = {
        "type": "object", "required": [],
        "properties": {"days": {"type": "integer", "minimum": 1, "maximum": 30, "default": 5,
                                "description": "公示的工作日数 — working days of the public notice"}},
    }
    s["TextRequest"] = obj({"text": {"type": "string", "minLength": 1, "maxLength": 2000}})
    s["ReturnRequest"] = obj({"reason": {"type": "string", "minLength": 1, "maxLength": 2000,
                                         "description": "退回原因，学员可见 — why it goes back, shown to the learner"}})
    s["PublicListItem"] = obj({
        "file": {"type": "string"},
        "subject": {"enum": ASKED_SUBJECTS},
        "hours": NULLABLE_HOURS,
        "granted": NULLABLE_HOURS,
    })
    s["PublicListEntry"] = obj({
        "learner": {"type": "string"},
        "state": {"enum": PUBLIC_STATES},
        "publicFrom": NULLABLE_DATE,
        "publicUntil": NULLABLE_DATE,
        "items": {"type": "array", "items": ref("PublicListItem")},
        "hoursAsked": HOURS,
        "hoursGranted": NULLABLE_HOURS,
    }, description="公示名单的一行：不含证件号码、材料链接和说明 — no ID numbers, no evidence links, no notes")
    s["PublicList"] = obj({
        "unit": {"type": "string"},
        "year": {"type": "integer"},
        "entries": {"type": "array", "items": ref("PublicListEntry")},
    }, description="单位的公示名单（公示中、已审核、已确认的申报）— the unit's public notice")
    names = {"type": "object", "additionalProperties": {"type": "string"}}
    s["Catalogue"] = obj({**{k: names for k in ["modes", "kinds", "flags", "severities", "subjects", "fields", "rules"]},
                          "values": {"type": "object", "additionalProperties": names}},
                         description="代码 → 中文名称；命令行的表格用同一份 — code → Chinese name, as the CLI's tables use them")
    return s


def paths():
    p = {}
    p["/api/catalogue"] = {
        "get": {
            "operationId": "catalogue",
            "summary": "中文名称表：方式、材料类型、提示、轻重、科目、字段、折算规则（无须登录）— the Chinese names of codes",
            "tags": ["session"], "security": [],
            "responses": {"200": json_response("名称表 — the catalogue", ref("Catalogue"))},
        },
    }
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
    p.update(declaration_paths())
    p["/api/openapi.json"] = {
        "get": {
            "operationId": "openapi", "summary": "本文档 — this document", "tags": ["meta"], "security": [],
            "responses": {"200": {"description": "OpenAPI 3.1", "content": {"application/json": {"schema": {"type": "object"}}}}},
        },
    }
    return p


def declaration_paths():
    p = {}
    year_query = {"name": "year", "in": "query", "required": True, "schema": YEAR}
    any_year = {"name": "year", "in": "query", "description": "缺省为全部年度 — every year when absent", "schema": YEAR}

    def action(op, summary, description, body=None, extra=()):
        """A POST on one declaration that answers the declaration as it now stands."""
        post = {"operationId": op, "summary": summary, "tags": ["declaration"], "security": WRITE,
                "parameters": [DECLARATION_ID]}
        if body:
            post["requestBody"] = body
        post["responses"] = {"200": json_response(description, ref("Declaration")),
                             **errors("BadRequest", "NotLoggedIn", "Forbidden", "NotFound", "Conflict", "TooLarge", *extra)}
        return {"post": post}

    p["/api/declarations"] = {
        "get": {
            "operationId": "listDeclarations",
            "summary": "一个年度的申报：学员看自己的，审核人看本单位已提交的（管理员 403）"
                       "— a learner's own, or the reviewer's unit's non-drafts",
            "tags": ["declaration"], "security": READ, "parameters": [any_year],
            "responses": {"200": json_response("申报 — the declarations", ref("DeclarationList")),
                          **errors("BadRequest", "NotLoggedIn", "Forbidden")},
        },
        "post": {
            "operationId": "createDeclaration",
            "summary": "按该年度的材料生成申报草稿（仅学员）— a draft from the learner's uploads of the year",
            "tags": ["declaration"], "security": WRITE, "requestBody": json_body(ref("NewDeclaration")),
            "responses": {
                "201": json_response("草稿 — the draft", ref("Declaration")),
                **errors("BadRequest", "NotLoggedIn", "Forbidden"),
                "409": error_response("这一年已有申报（declaration-exists）— one already exists for the year"),
                **errors("TooLarge"),
            },
        },
    }
    # Literal paths that /api/declarations/{id} would also fit: a checker must prefer them to the template.
    p["/api/declarations/export.csv"] = {
        "get": {
            "operationId": "declarationsCsv",
            "summary": "本单位已确认的申报，每份材料一行，含折算标准（CSV，仅审核人）— confirmed declarations, one row per item",
            "tags": ["declaration"], "security": READ, "parameters": [year_query],
            "responses": {"200": {"description": "CSV", "content": {"text/csv": {"schema": {"type": "string"}}}},
                          **errors("BadRequest", "NotLoggedIn", "Forbidden")},
        },
    }
    p["/api/declarations/export.jsonl"] = {
        "get": {
            "operationId": "declarationsJsonl",
            "summary": "本单位已确认的申报，每份材料一行（JSON Lines，仅审核人）— confirmed declarations as JSON Lines",
            "tags": ["declaration"], "security": READ, "parameters": [year_query],
            "responses": {"200": {"description": "JSON Lines", "content": {"application/x-ndjson": {"schema": {"type": "string"}}}},
                          **errors("BadRequest", "NotLoggedIn", "Forbidden")},
        },
    }
    p["/api/declarations/{id}"] = {
        "get": {
            "operationId": "getDeclaration", "summary": "一份申报 — one declaration", "tags": ["declaration"],
            "security": READ, "parameters": [DECLARATION_ID],
            "responses": {"200": json_response("申报 — the declaration", ref("Declaration")),
                          **errors("NotLoggedIn", "NotFound")},
        },
    }
    p["/api/declarations/{id}/subjects"] = action(
        "declarationSubjects", "改申报科目（学员本人，仅草稿）— choose each item's subject (own draft)", "已保存 — saved",
        json_body(ref("SubjectsRequest")), extra=("Unprocessable",))
    p["/api/declarations/{id}/subjects"]["post"]["responses"]["409"] = error_response(
        "已提交，不能再改（declaration-frozen）— no longer a draft")
    p["/api/declarations/{id}/subjects"]["post"]["responses"]["422"] = error_response(
        "公需科目不能计为专业科目（one-way）— an item proposed as public cannot count as professional")
    p["/api/declarations/{id}/file"] = action(
        "fileDeclaration", "提交申报（草稿→已提交；提交后不能更改、撤回或替换）— file the draft; final",
        "已提交 — filed", {"required": False, "content": {"application/json": {"schema": {"type": "object"}}}})
    p["/api/declarations/{id}/publish"] = action(
        "publishDeclaration", "公示（本单位审核人，已提交→公示中）— start the public notice", "公示中 — public",
        {"required": False, "content": {"application/json": {"schema": ref("PublishRequest")}}})
    p["/api/declarations/{id}/objections"] = action(
        "objectDeclaration", "提出异议（本单位账号，仅公示期间）— raise an objection while public", "已登记 — recorded",
        json_body(ref("TextRequest")))
    p["/api/declarations/{id}/objections/{n}/answer"] = action(
        "answerObjection", "答复异议（本单位审核人）— answer an objection", "已答复 — answered",
        json_body(ref("TextRequest")))
    p["/api/declarations/{id}/objections/{n}/answer"]["post"]["parameters"] = [DECLARATION_ID, OBJECTION_N]
    p["/api/declarations/{id}/approve"] = action(
        "approveDeclaration", "审核通过（本单位审核人；公示期满且异议均已答复）— approve after the notice, all answered",
        "单位已审核 — approved")
    p["/api/declarations/{id}/confirm"] = action(
        "confirmDeclaration", "确认（本单位审核人，单位已审核→已确认）— confirm", "已确认 — confirmed")
    p["/api/declarations/{id}/return"] = action(
        "returnDeclaration", "退回为草稿（本单位审核人，已提交或公示中）— send back to draft with a reason",
        "已退回 — back to draft", json_body(ref("ReturnRequest")))
    unit_query = {"name": "unit", "in": "query", "required": True, "schema": {"type": "string", "minLength": 1}}
    p["/api/public-list"] = {
        "get": {
            "operationId": "publicList",
            "summary": "单位一个年度的公示名单（无须登录）— the unit's public notice for a year (no login)",
            "tags": ["declaration"], "security": [], "parameters": [unit_query, year_query],
            "responses": {"200": json_response("公示名单 — the list", ref("PublicList")), **errors("BadRequest")},
        },
    }
    p["/api/public-list.csv"] = {
        "get": {
            "operationId": "publicListCsv",
            "summary": "公示名单（CSV，UTF-8 带 BOM；姓名/账号、材料、科目、申报学时、认定学时、公示期）— the notice as CSV",
            "tags": ["declaration"], "security": [], "parameters": [unit_query, year_query],
            "responses": {"200": {"description": "CSV", "content": {"text/csv": {"schema": {"type": "string"}}}},
                          **errors("BadRequest")},
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
                           "学员每年按材料生成学时认定申报，提交后由单位公示、受理异议、审核通过并确认；公示名单无须登录即可查看。"
                           "错误一律为 {\"error\":{\"code\",\"message\"}}，message 为中文。"
                           "除登录外，每个修改请求须带 X-CSRF-Token 头（值为会话应答里的 csrf），否则 403 csrf。\n\n"
                           "The API of `xueshi serve`. Errors are always {\"error\":{\"code\",\"message\"}}. Every "
                           "state-changing request except POST /api/session needs the X-CSRF-Token header.",
        },
        "jsonSchemaDialect": "https://spec.openapis.org/oas/3.1/dialect/base",
        "tags": [{"name": n} for n in ["session", "evidence", "review", "declaration", "admin", "meta"]],
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
