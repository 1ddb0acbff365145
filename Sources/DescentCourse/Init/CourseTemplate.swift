/// The files `descent init` writes: a course that builds at once, with one lesson holding one
/// experiment (the lecture's loop on f(w) = w²), its settings, a `.gitignore` for the build
/// cache, a README with the commands, and a GitHub Actions workflow running `descent check`.
enum CourseTemplate {
    /// Each file's path relative to the new course's folder, and its text.
    static let files: [(path: String, text: String)] = [
        ("lessons/00-welcome.md", welcome),
        ("lessons/course.toml", settings),
        (".gitignore", "# Descent's build cache: safe to delete, rebuilt on demand.\n.descent-cache/\n"),
        ("README.md", readme),
        (".github/workflows/lessons.yml", workflow),
    ]

    static let welcome = """
        # Welcome

        Gradient descent improves a guess by stepping against the slope. Below, the guess is w,
        the loss is f(w) = w², and each step moves w by the learning rate times the derivative.
        `descent build` runs the block, writes its step table under it, and checks the claim on
        its `expect:` line; change the learning rate and build again to see what it does.

        ```descent first-walk
        f(w) = w^2
        start: w = -3
        lr: 0.3
        steps: 25
        stop: |Δw| < 0.001 and |grad| < 0.001
        show: table, summary
        expect: converges
        ```

        With a rate of {{first-walk.lr}} the walk stopped after {{first-walk.iterations}} steps,
        at w = {{first-walk.final.w}}.

        """

    static let settings = """
        # The course's name and one-line description, shown on every page and on the index.
        title = "My course"
        description = "A course built with Descent: every number in it comes from an experiment."

        """

    static let readme = """
        # My course

        Lessons live in `lessons/` (one Markdown file each, built in file-name order); the
        rendered site goes to `output/`.

        - `descent preview` serves the course on http://127.0.0.1:8000/ and reloads the page
          each time you save a lesson.
        - `descent build` runs every experiment, writes the results into the lessons and renders
          the site into `output/`. Commit both.
        - `descent check` fails when anything committed is out of date; the workflow in
          `.github/workflows/lessons.yml` runs it on every push and pull request.

        """

    static let workflow = """
        # Checks that the committed lessons and site are what `descent build` makes of them;
        # errors and stale files are annotated on their lines in pull requests.
        name: lessons
        on: [push, pull_request]
        jobs:
          check:
            runs-on: ubuntu-latest
            env:
              # Where Descent's source lives (owner/name on GitHub); set it for your fork.
              DESCENT_REPOSITORY: ${{ vars.DESCENT_REPOSITORY }}
            steps:
              - uses: actions/checkout@v4
              - uses: actions/checkout@v4
                with:
                  repository: ${{ vars.DESCENT_REPOSITORY }}
                  path: .descent-source
              - name: Build descent
                run: |
                  sudo apt-get update && sudo apt-get install -y libcmark-dev
                  swift build -c release --product descent --package-path .descent-source
              - name: Check the lessons
                run: .descent-source/.build/release/descent check --diagnostics github

        """
}
