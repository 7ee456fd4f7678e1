using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;

namespace NeuroBalance.Hosting;

/// <summary>
/// Makes Plotly.NET usable inside the Polyglot Notebooks kernel without any action from the learner.
/// </summary>
/// <remarks>
/// <para>
/// The <c>Microsoft.dotnet-interactive</c> kernel (tool 1.0.712001) loads FSharp.Core 10.0.0.0 at
/// start-up for its own F# kernel. Plotly.NET 6.0.0 and Plotly.NET.CSharp reference FSharp.Core
/// 10.1.0.0. The runtime refuses to bind a request for 10.1 to the already-loaded 10.0, and a second
/// FSharp.Core cannot be loaded into the same load context, so the first chart would fail with
/// "Could not load file or assembly 'FSharp.Core, Version=10.1.0.0'".
/// </para>
/// <para>
/// This type registers, from a module initializer (so before any Plotly.NET type is touched), a
/// <see cref="AssemblyLoadContext.Resolving"/> handler that answers a failed FSharp.Core request with
/// the FSharp.Core that is already loaded. The API surface that Plotly.NET uses exists in both
/// versions. The same handler also resolves this library's own dependencies (Plotly.NET and friends)
/// from the folder that holds <c>NeuroBalance.dll</c>, so a plain <c>#r</c> of the DLL is enough.
/// Outside the kernel (tests, CLI) the normal probing succeeds first and the handler never runs.
/// </para>
/// </remarks>
internal static class FSharpCoreRedirect
{
    private static int installed;
    private static int redirectCount;

    /// <summary>Gets whether the handler has been installed in this process.</summary>
    public static bool IsInstalled => Volatile.Read(ref installed) == 1;

    /// <summary>Gets how many FSharp.Core requests were redirected to the loaded copy so far.</summary>
    public static int RedirectCount => Volatile.Read(ref redirectCount);

#pragma warning disable CA2255 // A module initializer is exactly what is wanted: run before any Plotly type loads.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Install()
    {
        if (Interlocked.Exchange(ref installed, 1) == 1)
        {
            return;
        }

        AssemblyLoadContext.Default.Resolving += Resolve;
    }

    private static Assembly? Resolve(AssemblyLoadContext context, AssemblyName requested)
    {
        if (requested.Name is null)
        {
            return null;
        }

        // FSharp.Core: whatever version was asked for, use the copy the kernel already has.
        if (string.Equals(requested.Name, "FSharp.Core", StringComparison.OrdinalIgnoreCase)
            && FindLoaded(requested.Name) is { } fsharpCore)
        {
            Interlocked.Increment(ref redirectCount);
            return fsharpCore;
        }

        // Otherwise only this library's own dependencies, the DLLs next to NeuroBalance.dll; anything
        // else (a learner's own #r "nuget:" packages) is left to the kernel. Never load a second copy
        // of one the process already has: the kernel's script loader may hold this library in a load
        // context of its own.
        var candidate = OwnFolderCandidate(requested.Name);
        return candidate is null ? null : FindLoaded(requested.Name) ?? context.LoadFromAssemblyPath(candidate);
    }

    private static Assembly? FindLoaded(string simpleName) =>
        AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => string.Equals(a.GetName().Name, simpleName, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(a => a.GetName().Version)
            .FirstOrDefault();

    private static string? OwnFolderCandidate(string simpleName)
    {
        var folder = Path.GetDirectoryName(typeof(FSharpCoreRedirect).Assembly.Location);
        if (string.IsNullOrEmpty(folder))
        {
            return null;
        }

        var candidate = Path.Combine(folder, simpleName + ".dll");
        return File.Exists(candidate) ? candidate : null;
    }
}
