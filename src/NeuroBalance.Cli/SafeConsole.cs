using Spectre.Console;
using Spectre.Console.Rendering;

namespace NeuroBalance.Cli;

/// <summary>
/// The console edge of the command line: an <see cref="IAnsiConsole"/> that passes everything on to the real
/// console but removes escape sequences and control characters from the text of what is written
/// (<see cref="TerminalText"/>). Spectre.Console's own colours and cursor moves are not text but styles and
/// control-code segments, which it keeps; only the text (cell outputs, error messages, file names) is cleaned.
/// </summary>
internal sealed class SafeConsole(IAnsiConsole inner) : IAnsiConsole
{
    /// <inheritdoc />
    public Profile Profile => inner.Profile;

    /// <inheritdoc />
    public IAnsiConsoleCursor Cursor => inner.Cursor;

    /// <inheritdoc />
    public IAnsiConsoleInput Input => inner.Input;

    /// <inheritdoc />
    public IExclusivityMode ExclusivityMode => inner.ExclusivityMode;

    /// <inheritdoc />
    public RenderPipeline Pipeline => inner.Pipeline;

    /// <summary>Wraps a console, unless it is already wrapped.</summary>
    /// <param name="console">The console.</param>
    /// <returns>A console whose written text has no control characters.</returns>
    internal static IAnsiConsole Wrap(IAnsiConsole console) => console as SafeConsole ?? new SafeConsole(console);

    /// <summary>Writes a line of plain text as it is, unwrapped (for <c>file:line: message</c> lines), control characters removed.</summary>
    /// <param name="console">The console.</param>
    /// <param name="line">The text.</param>
    internal static void WriteRawLine(IAnsiConsole console, string line) => console.Profile.Out.Writer.WriteLine(TerminalText.Strip(line));

    /// <inheritdoc />
    public void Clear(bool home) => inner.Clear(home);

    /// <summary>Passes Spectre.Console's own escape sequences (cursor moves, colours) on unchanged: they are not text.</summary>
    /// <param name="action">Writes the sequences.</param>
    public void WriteAnsi(Action<AnsiWriter> action) => inner.WriteAnsi(action);

    /// <inheritdoc />
    public void Write(IRenderable renderable) => inner.Write(new CleanRenderable(renderable));

    private sealed class CleanRenderable(IRenderable renderable) : IRenderable
    {
        public Measurement Measure(RenderOptions options, int maxWidth) => renderable.Measure(options, maxWidth);

        public IEnumerable<Segment> Render(RenderOptions options, int maxWidth) =>
            renderable.Render(options, maxWidth).Select(s => s.IsControlCode || s.IsLineBreak ? s : new Segment(TerminalText.Strip(s.Text), s.Style));
    }
}
