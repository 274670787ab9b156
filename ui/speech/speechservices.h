#pragma once

namespace vd {

class ProviderDirectory;
class ProviderFactory;
class ProviderRegistry;
class Readiness;
class Router;

// What the speech pages use of the application's services: whether start-up is done, the
// providers (listed, configured, created) and the router their requests go through.
struct SpeechServices
{
    const Readiness& readiness;
    ProviderRegistry& registry;
    const ProviderFactory& factory;
    ProviderDirectory& providers;
    Router& router;
};

} // namespace vd
