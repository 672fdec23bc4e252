import Foundation
import Testing
import XueshiCore
import XueshiNormalize
@testable import XueshiStore

/// The review steps: who may take each, from which state, and what the trail says.
@Suite struct DeclarationFlowTests {
    static let li = DeclarationActor(username: "li", role: .learner, unit: "甲单位")
    static let wang = DeclarationActor(username: "wang", role: .reviewer, unit: "甲单位")
    static let zhao = DeclarationActor(username: "zhao", role: .reviewer, unit: "乙单位")
    static let tuesday = DayDate(year: 2026, month: 12, day: 1)!

    static func draft() -> Declaration {
        var d = Declaration(id: "d1", account: "li", unit: "甲单位", year: 2026, createdAt: 1)
        d.items = [
            DeclarationItem(upload: "pro", sha256: "a", file: "a.pdf", date: nil, hours: 40, proposedSubject: .professional,
                            subject: .professional, policy: nil, rule: nil, converted: false, counted: true, note: nil),
            DeclarationItem(upload: "pub", sha256: "b", file: "b.pdf", date: nil, hours: 30, proposedSubject: .public,
                            subject: .public, policy: nil, rule: nil, converted: false, counted: true, note: nil),
        ]
        return d
    }

    func take(_ step: DeclarationFlow.Step, _ d: inout Declaration, _ who: DeclarationActor, on day: DayDate = tuesday) throws {
        try DeclarationFlow.take(step, on: &d, by: who, today: day, now: Double(d.audit.count + 10))
    }

    @Test func publicNeverCountsAsProfessionalButProfessionalMayCountAsPublic() throws {
        var d = Self.draft()
        do {
            try take(.subjects(["pub": .professional]), &d, Self.li)
            Issue.record("公需 asked as 专业 was accepted")
        } catch let e as DeclarationError {
            #expect(e.kind == .oneWay && e.message.contains("公需科目不能计为专业科目"))
        }
        #expect(d.items[1].subject == .public && d.audit.isEmpty)
        try take(.subjects(["pro": .public]), &d, Self.li)
        #expect(d.items[0].subject == .public)
        #expect(d.audit.last?.action == .subjects)
    }

    @Test func theStepsRunInOrderAndOnlyForTheirPeople() throws {
        var d = Self.draft()
        #expect(throws: DeclarationError.self) { try take(.publish(days: 5), &d, Self.wang) } // a draft is not filed
        #expect(throws: DeclarationError.self) { try take(.file, &d, Self.wang) }              // not the learner's reviewer's to file
        try take(.file, &d, Self.li)
        #expect(d.state == .filed && d.filedAt != nil)
        // Frozen for the learner from now on.
        do { try take(.subjects(["pro": .public]), &d, Self.li); Issue.record("changed after filing") } catch let e as DeclarationError {
            #expect(e.kind == .frozen)
        }
        #expect(throws: DeclarationError.self) { try take(.publish(days: 5), &d, Self.zhao) } // another unit
        #expect(throws: DeclarationError.self) { try take(.publish(days: 0), &d, Self.wang) }
        try take(.publish(days: 5), &d, Self.wang)
        // Five working days from Tuesday 1 December: Tuesday to Monday 7 December, the weekend skipped.
        #expect(d.state == .public && d.publicFrom == Self.tuesday && d.publicUntil == DayDate(year: 2026, month: 12, day: 7))
        try take(.object("课时有误"), &d, DeclarationActor(username: "shen", role: .learner, unit: "甲单位"))
        #expect(throws: DeclarationError.self) { try take(.object("外单位"), &d, DeclarationActor(username: "qian", role: .learner, unit: "乙单位")) }
        let after = DayDate(year: 2026, month: 12, day: 8)!
        // Not during the period, and not with an objection unanswered.
        #expect(throws: DeclarationError.self) { try take(.approve, &d, Self.wang, on: DayDate(year: 2026, month: 12, day: 7)!) }
        #expect(throws: DeclarationError.self) { try take(.approve, &d, Self.wang, on: after) }
        #expect(throws: DeclarationError.self) { try take(.object("过期"), &d, Self.wang, on: after) }
        try take(.answer(n: 1, text: "已核实，课时无误"), &d, Self.wang)
        #expect(throws: DeclarationError.self) { try take(.confirm, &d, Self.wang, on: after) }
        try take(.approve, &d, Self.wang, on: after)
        #expect(d.state == .approved && d.items.map(\.granted) == [40, 30])
        try take(.confirm, &d, Self.wang, on: after)
        #expect(d.state == .confirmed)
        #expect(throws: DeclarationError.self) { try take(.sendBack(reason: "晚了"), &d, Self.wang, on: after) }
        #expect(d.audit.map(\.action) == [.file, .publish, .object, .answer, .approve, .confirm])
        #expect(d.audit.map(\.by) == ["li", "wang", "shen", "wang", "wang", "wang"])
    }

    @Test func aReturnIsTheOneWayBackAndTheTrailSaysWhy() throws {
        var d = Self.draft()
        try take(.file, &d, Self.li)
        #expect(throws: DeclarationError.self) { try take(.sendBack(reason: "  "), &d, Self.wang) }
        try take(.sendBack(reason: "缺少培训证书原件"), &d, Self.wang)
        #expect(d.state == .draft && d.returnReason == "缺少培训证书原件")
        #expect(d.audit.last?.action == .return && d.audit.last?.note == "缺少培训证书原件")
        try take(.subjects(["pro": .public]), &d, Self.li)
        try take(.file, &d, Self.li)
        #expect(d.state == .filed && d.returnReason == nil)
    }

    @Test func refusalGuardsTheFrozenPartOnly() {
        var filed = Self.draft()
        filed.state = .filed
        var changed = filed
        changed.items[0].sha256 = "c"
        #expect(DeclarationFlow.refusal(replacing: filed, with: changed)?.kind == .frozen)
        var graded = filed
        graded.items[0].hours = 12
        graded.items[0].note = "审核调整"
        #expect(DeclarationFlow.refusal(replacing: filed, with: graded) == nil)
    }

    @Test func workingDaysSkipWeekends() {
        let saturday = DayDate(year: 2026, month: 12, day: 5)!
        #expect(WorkingDays.weekday(Self.tuesday) == 1 && WorkingDays.weekday(saturday) == 5)
        let p = WorkingDays.period(from: saturday, count: 5)
        #expect(p?.first == DayDate(year: 2026, month: 12, day: 7) && p?.last == DayDate(year: 2026, month: 12, day: 11))
        #expect(WorkingDays.day(ordinal: Self.tuesday.ordinal) == Self.tuesday)
        #expect(WorkingDays.day(ordinal: DayDate(year: 2024, month: 2, day: 29)!.ordinal) == DayDate(year: 2024, month: 2, day: 29))
    }
}
