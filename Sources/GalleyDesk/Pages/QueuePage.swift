import Galley

/// "Việc của tôi": the person's queue, as `galley queue` lists it, each row a link.
enum QueuePage {
    static func render(_ context: PageContext, items: [QueueItem], workflow: Workflow, notice: HTML? = nil) -> String {
        let language = context.language
        var content = HTML.element("h1", [], context.text(.myQueue))
        if items.isEmpty {
            content = content + .element("p", [("id", "empty")], context.text(.nothingWaits))
        } else {
            let rows = items.map { item -> HTML in
                let meta = item.article.document.meta
                let steps = item.steps.map { Catalog.stepName($0, in: language) } + (item.mayEdit ? [context.word(.edit)] : [])
                var row: HTML = .element("a", [("href", "/articles/\(meta.id)"), ("class", "title")], HTML(text: meta.title))
                // Assigned to this person: first in the list (as `galley queue`), and said so.
                if meta.assignee == context.person?.id {
                    row = row + .element("div", [("class", "meta assigned")], context.text(.assignedToYou))
                }
                row = row + .element(
                    "div", [("class", "meta")],
                    HTML(text: "\(workflow.label(of: meta.state)) · \(meta.author) · \(context.word(.steps)): \(steps.joined(separator: ", "))"))
                if let back = item.sentBack {
                    let why = Message.sentBack(step: back.transition ?? "", actor: back.actor ?? "", time: back.time, note: back.note)
                    row = row + .element("div", [("class", "meta")], HTML(text: "↩ " + Catalog.render(why, in: language)))
                }
                return .element("li", [("data-article", meta.id)], row)
            }
            content = content + .element("ul", [("class", "queue")], .join(rows, separator: "\n"))
        }
        return Layout.page(context.word(.myQueue), context, notice: notice, content)
    }
}
