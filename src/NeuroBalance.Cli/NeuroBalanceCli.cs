using System.CommandLine;
using NeuroBalance.Cli.Commands;
using Spectre.Console;

namespace NeuroBalance.Cli;

/// <summary>The <c>neurobalance</c> command line.</summary>
public static class NeuroBalanceCli
{
    /// <summary>Builds the root command.</summary>
    /// <param name="console">Where commands write; a test console in tests.</param>
    /// <returns>The root command with every subcommand.</returns>
    public static RootCommand Build(IAnsiConsole console) =>
        new("NeuroBalance course tooling: run the notebooks in the real Polyglot Notebooks kernel.")
        {
            new RunCommand(console),
        };

    /// <summary>Parses and runs a command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="console">Where commands write.</param>
    /// <returns>The exit code: 0 on success.</returns>
    public static Task<int> InvokeAsync(string[] args, IAnsiConsole console) => Build(console).Parse(args).InvokeAsync();
}
