import ArgumentParser

/// A command that works on no newsroom of the user's: it creates one (init, clone) or is run
/// by git or sshd inside the central repository (the hooks, ssh-entry). It reads no
/// `GlobalOptions`, so `Entry` leaves `--repo` and `--as` where they stand and
/// `UsageDiagnosis` says the command takes none. Declared here, in one list, instead of
/// found by reflecting over every command's properties at start-up (Mirror cost ~11% of
/// a transition's instructions, issue 15).
protocol WorksOnNoNewsroom: ParsableCommand {}

extension GalleyCommand.Init: WorksOnNoNewsroom {}
extension GalleyCommand.Clone: WorksOnNoNewsroom {}
extension GalleyCommand.Hook: WorksOnNoNewsroom {}
extension GalleyCommand.Hook.Install: WorksOnNoNewsroom {}
extension GalleyCommand.Hook.PreReceive: WorksOnNoNewsroom {}
extension GalleyCommand.SSHEntryCommand: WorksOnNoNewsroom {}
