using System.Runtime.CompilerServices;

namespace ChatConsent.Tests.Support;

/// <summary>Settings for the whole test process, applied before any host starts.</summary>
internal static class TestProcess
{
    // Every test class runs its own host, and each host would watch its settings files through
    // inotify. Linux allows a user 128 inotify instances, and the browsers need some too; nothing
    // in the tests edits a settings file, so the hosts neither watch nor reload them.
    [ModuleInitializer]
    internal static void WatchNoFiles()
    {
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }
}
