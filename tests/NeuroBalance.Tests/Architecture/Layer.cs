namespace NeuroBalance.Tests.Architecture;

/// <summary>One layer of an assembly: a name and the namespaces in it.</summary>
/// <param name="Name">What the layer is, e.g. "Models".</param>
/// <param name="Namespaces">The namespaces: "NeuroBalance.Internal" is that namespace only, "NeuroBalance.Models.*" is it and every namespace under it
/// (unless a more specific entry puts one in another layer).</param>
internal sealed record Layer(string Name, params string[] Namespaces);
