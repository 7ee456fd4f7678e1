using NeuroBalance.Cli;
using Spectre.Console;

return await NeuroBalanceCli.InvokeAsync(args, AnsiConsole.Console).ConfigureAwait(false);
