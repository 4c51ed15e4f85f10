/// A person's `sections:` name sections of galley.yaml's list, so a section right can never point
/// at a section no article can have. Checked by the writer (`people sections`, every people and
/// config change) and by `verify` and the hook for every commit that changes the rules.
enum PeopleSections {
    static func check(_ people: People, _ config: NewsroomConfig) throws(StepRefusal) {
        for person in people.people where !person.sections.isEmpty {
            guard !config.sections.isEmpty else { throw StepRefusal(.unknownSection, .assignment(.noSectionList(person: person.id))) }
            for key in person.sections where !config.sections.contains(where: { $0.key == key }) {
                throw StepRefusal(
                    .unknownSection,
                    .assignment(.unknownPersonSection(person: person.id, given: key, sections: config.sections.map(\.display))))
            }
        }
    }
}
