#pragma once

#include "core/model/providererror.h"

#include <utility>
#include <variant>

namespace vd {

// An expected-like value: either a T or an error E. Errors are values in VoiceDeck; nothing
// throws across Qt event boundaries. Accessing the wrong alternative is a programming error
// (std::get throws std::bad_variant_access, which the tests would catch).
template <typename T, typename E = ProviderError> class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(E error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool hasValue() const { return m_data.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    const T& value() const& { return std::get<0>(m_data); }
    T& value() & { return std::get<0>(m_data); }
    T&& value() && { return std::get<0>(std::move(m_data)); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

    const E& error() const { return std::get<1>(m_data); }

    template <typename U> T valueOr(U&& fallback) const
    {
        return hasValue() ? value() : static_cast<T>(std::forward<U>(fallback));
    }

private:
    std::variant<T, E> m_data;
};

// Result<void>: success or an error.
template <typename E> class [[nodiscard]] Result<void, E>
{
public:
    Result() = default;
    Result(E error) : m_error(std::move(error)), m_ok(false) {}

    bool hasValue() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const E& error() const { return m_error; }

private:
    E m_error{};
    bool m_ok = true;
};

using Status = Result<void>;

} // namespace vd
