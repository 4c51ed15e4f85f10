import Galley

/// The one body of every workflow-step command: read the new text if one is given, record
/// the step, report it in the reader's language.
enum StepRunner {
    /// A transition of the workflow, by name.
    static func take(_ options: StepOptions, transition: String, bodyFile: String? = nil, publishAt: String? = nil) throws {
        try record(options, step: transition, bodyFile: bodyFile) { (newsroom, body) throws(GalleyError) in
            try newsroom.transition(
                options.id, transition, note: options.message, body: body, publishAt: publishAt, actorID: options.global.actorID)
        }
    }

    /// `correct`: the text from --body-file or the work tree, the headline from --title.
    static func correct(_ options: StepOptions, bodyFile: String?, title: String?, photo: PhotoReplacement? = nil) throws {
        try record(options, step: "correct", bodyFile: bodyFile) { (newsroom, body) throws(GalleyError) in
            try newsroom.correct(
                options.id, note: options.message, body: body, title: title, replacingPhoto: photo, actorID: options.global.actorID)
        }
    }

    /// What both share, written once: `write` records the step with the body read from `bodyFile`.
    private static func record(
        _ options: StepOptions, step name: String, bodyFile: String?,
        _ write: (Newsroom, String?) throws(GalleyError) -> RecordedStep
    ) throws {
        try Terminal.run { () throws(GalleyError) in
            let body = try bodyFile.map { (path) throws(GalleyError) in try Terminal.readText(path, what: .body) }
            let step = try write(try options.global.open(), body)
            let taken = Message.stepTaken(
                article: options.id, step: name, from: step.event.from, to: step.event.to, actor: step.event.actor ?? "")
            StepOutput.print(step, format: options.format, text: Catalog.render(taken, in: Terminal.language))
        }
    }
}
