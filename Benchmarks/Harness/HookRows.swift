import Foundation

/// The central hook's cost at one size (issue 15): one new step pushed with plain `git push` to a
/// bare central copy of the newsroom that has `galley hook install` (pre-receive replay of the
/// pushed range, plus the receive.fsckObjects it turns on), against the same push to an identical
/// copy without it, in the same run. A local-path push runs receive-pack and its hooks as a git://
/// or ssh:// server does. Both copies receive every step, in alternating order, so each pair of
/// pushes moves the same commit over the same history.
///
/// The figure is the median of the pairs' differences, over at least `minimumPairs` pairs: one
/// push at full size takes ~500 ms of git's own work either way, and its noise (tens of ms on a
/// shared machine) swamped a difference of two medians of three.
enum HookRows {
    static let minimumPairs = 11

    static func measure(bare: String, work: String, body: String, runs: Int) -> [Row] {
        let runs = max(runs, minimumPairs)
        let guarded = work + "/central-hook.git"
        let plain = work + "/central-plain.git"
        for central in [guarded, plain] {
            let cloned = Measure.run(["git", "clone", "-q", "--bare", bare, central])
            guard cloned.status == 0 else {
                note("  ! cloning the central copy \(central) failed: no hook figures")
                return []
            }
        }
        guard Measure.run([galley, "hook", "install", guarded]).status == 0 else {
            note("  ! galley hook install failed: no hook figures")
            return []
        }
        var withHook: [Double] = []
        var withoutHook: [Double] = []
        var peakKB = 0
        // Run 0 warms both copies (their first pack read, and the hook's article directory, which
        // its first create builds: DirectoryCache); it is reported apart, not counted.
        var firstWithHook = 0.0
        for run in 0...runs {
            let created = Measure.run([galley, "--repo", bare, "--as", "pv01", "new", "Bài đẩy lên số \(run)", "--body-file", body])
            guard created.status == 0 else {
                note("  ! galley new exited \(created.status): no hook figures")
                return []
            }
            for central in run % 2 == 0 ? [guarded, plain] : [plain, guarded] {
                // /usr/bin/time on both, so its millisecond falls on each side alike; the peak it reads
                // includes the waited-for hook process (Linux folds reaped children into the figure).
                let push = Measure.run(["git", "-C", bare, "push", "-q", central, "main:main"], discardOutput: true, exactPeak: true)
                guard push.status == 0 else {
                    note("  ! push to \(central) exited \(push.status): no hook figures")
                    return []
                }
                guard run > 0 else {
                    if central == guarded { firstWithHook = push.seconds * 1000 }
                    continue
                }
                if central == guarded {
                    withHook.append(push.seconds * 1000)
                    peakKB = max(peakKB, push.peakKB)
                } else {
                    withoutHook.append(push.seconds * 1000)
                }
            }
        }
        let with = Measure.median(withHook)
        let without = Measure.median(withoutHook)
        let added = Measure.median(zip(withHook, withoutHook).map { $0 - $1 })
        return [Row(
            operation: "hook: one-step git push (a create), \(String(format: "%.1f", added)) ms over the same push without it "
                + "(median of \(withHook.count) pairs); "
                + "first push after install \(String(format: "%.0f", firstWithHook)) ms",
            galleyMS: with, baselineMS: without, peakMB: Double(peakKB) / 1024, target: "adds ≤ 50 ms", met: added <= 50)]
    }
}
