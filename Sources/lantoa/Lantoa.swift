import ArgumentParser
import Lantoa

/// The `lantoa` command: a static site generator for publishing a public plan and tracking it in the open.
@main
struct LantoaCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lantoa",
        abstract: "Build a Vietnamese public-plan portal (news, stories, indicators) as static files.",
        discussion: """
        Run it from the site's folder (the one holding content/; a templates/ folder there holds only
        the theme files the site changes). Start a site with 'lantoa new site DIR', build it with
        'lantoa build'; the site is written to public/.
        """,
        version: LantoaVersion.description,
        subcommands: [BuildCommand.self, ServeCommand.self, CheckCommand.self, NewCommand.self, ImportCommand.self, ThemeCommand.self, DeployCommand.self],
        defaultSubcommand: nil
    )
}
