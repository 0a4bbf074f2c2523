# privaudit_torch: the LibTorch that core's .cpp files compile and link against (never a public header's).
# Used by the application's build and by the GPU check (tests/gpu), which builds the engine against a
# CUDA LibTorch 2.x on a machine with a GPU.
#
# LibTorch's own targets force libtorch_cpu into every binary (--no-as-needed), and Debian's libtorch_cpu
# loads OpenCV's highgui and with it Qt 5. Linking torch_cpu and c10 directly lets --as-needed
# (PrivAuditOptions) leave LibTorch, and Qt 5, out of binaries that do not use torch: the torch-free
# tests run under AddressSanitizer with one Qt. Binaries that use torch reference it and load it.
#
# A CUDA LibTorch registers its CUDA backend when libtorch_cuda is loaded, and nothing references that
# library by symbol: under --as-needed the linker would drop it and torch::cuda::is_available() would
# answer false on a machine with a GPU. So libtorch_cuda is linked --no-as-needed when the build has it.
if(TARGET torch_cpu AND TARGET c10)
  add_library(privaudit_torch INTERFACE)
  target_link_libraries(privaudit_torch INTERFACE torch_cpu c10)
  if(TARGET torch_cuda)
    target_link_libraries(privaudit_torch INTERFACE "-Wl,--no-as-needed,$<TARGET_FILE:torch_cuda>"
                                                    "-Wl,--as-needed")
    set(PRIVAUDIT_TORCH_HAS_CUDA ON)
  endif()
  target_include_directories(privaudit_torch SYSTEM INTERFACE ${TORCH_INCLUDE_DIRS})
  set(PRIVAUDIT_TORCH_LIBRARIES privaudit_torch)
else()
  set(PRIVAUDIT_TORCH_LIBRARIES ${TORCH_LIBRARIES})
endif()
