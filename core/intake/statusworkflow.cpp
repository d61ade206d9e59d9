#include "intake/statusworkflow.h"
