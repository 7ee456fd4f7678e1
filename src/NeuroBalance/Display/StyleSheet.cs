namespace NeuroBalance.Display;

/// <summary>
/// The one style sheet of the library's HTML outputs. Every output carries it whole (an output must look right on
/// its own: in a notebook, a saved <c>.ipynb</c>, the site), and its rules are scoped to the output's root class, so
/// outputs of different kinds never restyle each other: <c>.nb-kb</c> (knowledge-base cards and tables) and
/// <c>.nb-ex</c> (exercises, feedback, hints, progress).
/// </summary>
/// <remarks>
/// Colours follow the VS Code theme: text colour is inherited (dark on light themes, light on dark ones), fills
/// are translucent tints, and every colour repeats a symbol or a word, so nothing is told by colour alone
/// (Okabe–Ito colours, colour-blind safe).
/// </remarks>
internal static class StyleSheet
{
    /// <summary>The CSS class on the outermost element of every knowledge-base output.</summary>
    public const string KnowledgeBaseRoot = "nb-kb";

    /// <summary>The CSS class on the outermost element of every exercise output.</summary>
    public const string ExerciseRoot = "nb-ex";

    /// <summary>The rules for knowledge-base outputs.</summary>
    private const string KnowledgeBaseRules = """
        .nb-kb { font-family: var(--vscode-font-family, system-ui, -apple-system, "Segoe UI", sans-serif); font-size: 13px; line-height: 1.45; color: inherit; max-width: 1000px; }
        .nb-kb h3 { margin: 0 0 4px 0; font-size: 1.25em; }
        .nb-kb h4 { margin: 10px 0 4px 0; font-size: 1.02em; }
        .nb-kb p { margin: 4px 0; }
        .nb-kb .card { border: 1px solid color-mix(in srgb, currentColor 28%, transparent); border-radius: 8px; padding: 12px 16px; }
        .nb-kb .muted { opacity: 0.78; }
        .nb-kb .badge { display: inline-block; border: 1px solid color-mix(in srgb, currentColor 40%, transparent); border-radius: 9px; padding: 0 7px; margin: 0 2px; font-size: 0.85em; white-space: nowrap; }
        .nb-kb .ev { font-style: italic; }
        .nb-kb table { border-collapse: collapse; margin: 6px 0; }
        .nb-kb th, .nb-kb td { border: 1px solid color-mix(in srgb, currentColor 22%, transparent); padding: 4px 8px; vertical-align: top; text-align: left; }
        .nb-kb th { background: color-mix(in srgb, currentColor 9%, transparent); font-weight: 600; }
        .nb-kb ul { margin: 2px 0 2px 18px; padding: 0; }
        .nb-kb a { color: var(--vscode-textLink-foreground, inherit); text-decoration: underline; }
        .nb-kb sup.cite { font-size: 0.75em; }
        .nb-kb ol.refs { font-size: 0.9em; margin: 8px 0 0 0; padding-left: 26px; border-top: 1px solid color-mix(in srgb, currentColor 22%, transparent); padding-top: 6px; }
        .nb-kb .eff { display: block; margin: 2px 0; padding: 2px 6px; border-radius: 4px; border-left: 5px solid; }
        .nb-kb .dir-increase { background: rgba(0, 114, 178, 0.16); border-left-color: #0072B2; }
        .nb-kb .dir-decrease { background: rgba(213, 94, 0, 0.16); border-left-color: #D55E00; }
        .nb-kb .dir-mixed { background: rgba(204, 121, 167, 0.18); border-left-color: #CC79A7; border-left-style: dashed; }
        .nb-kb .dir-nochange { background: rgba(128, 128, 128, 0.14); border-left-color: #999999; border-left-style: dotted; }
        .nb-kb .legend span.eff { display: inline-block; margin-right: 8px; }
        .nb-kb .chip { display: inline-block; border-radius: 9px; padding: 0 8px; margin: 1px 2px; background: color-mix(in srgb, currentColor 10%, transparent); }
        .nb-kb svg text { font-family: inherit; }
        """;

    /// <summary>The rules for exercise outputs.</summary>
    private const string ExerciseRules =
        ".nb-ex{font-family:var(--vscode-font-family,system-ui,sans-serif);line-height:1.45;max-width:52em;margin:.4em 0;padding:.55em .9em;" +
        "border:1px solid rgba(128,128,128,.5);border-left-width:6px;border-radius:6px}" +
        ".nb-ex p{margin:.35em 0}.nb-ex-head{font-size:1.05em}" +
        ".nb-ex[data-status=passed]{border-left-color:#009E73;background:rgba(0,158,115,.12)}" +
        ".nb-ex[data-status=failed]{border-left-color:#D55E00;background:rgba(213,94,0,.12)}" +
        ".nb-ex[data-status=learner-error]{border-left-color:#E69F00;background:rgba(230,159,0,.14)}" +
        ".nb-ex[data-status=checker-fault]{border-left-color:#CC79A7;background:rgba(204,121,167,.14)}" +
        ".nb-ex[data-status=not-attempted],.nb-ex[data-status=info]{border-left-color:#56B4E9;background:rgba(86,180,233,.10)}" +
        ".nb-ex ul.nb-ex-criteria,.nb-ex ul.nb-ex-hints{list-style:none;padding-left:.2em;margin:.4em 0}.nb-ex ul.nb-ex-criteria li{margin:.25em 0}" +
        ".nb-ex-mark{display:inline-block;min-width:6.2em;font-weight:600}" +
        ".nb-ex code,.nb-ex pre{font-family:var(--vscode-editor-font-family,ui-monospace,monospace);background:rgba(128,128,128,.18);border-radius:3px}" +
        ".nb-ex code{padding:0 .25em}.nb-ex pre{padding:.5em .7em;overflow-x:auto;white-space:pre}" +
        ".nb-ex table{border-collapse:collapse;margin:.4em 0}.nb-ex th,.nb-ex td{border:1px solid rgba(128,128,128,.45);padding:.2em .6em;text-align:left}" +
        ".nb-ex details summary{cursor:pointer;font-weight:600}.nb-ex a{color:inherit;text-decoration:underline}" +
        ".nb-ex-notice{font-size:.92em;opacity:.9}";

    /// <summary>The style element every output starts with.</summary>
    public const string Tag = "<style>\n" + KnowledgeBaseRules + "\n" + ExerciseRules + "</style>";
}
